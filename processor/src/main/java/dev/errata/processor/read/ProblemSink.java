package dev.errata.processor.read;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.Problem.Category;
import java.util.ArrayList;
import java.util.List;

/** Where every step of reading one table file reports what it finds wrong, located in that file. */
final class ProblemSink {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ProblemSink(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void error(int line, String message) {
    problems.add(Problem.error(file, line, message));
  }

  void warn(Category category, int line, int column, String message) {
    problems.add(Problem.warning(category, file, line, column, message));
  }

  void warn(Category category, int line, String message) {
    warn(category, line, 0, message);
  }

  /** Takes what another sink for the same file holds. */
  void addAll(ProblemSink other) {
    problems.addAll(other.problems);
  }

  /**
   * Takes the problems a format reader found; its warnings are repairs of the format (an HTML span
   * cut to what HTML allows), whatever category they came with.
   */
  void addFormatProblems(List<Problem> found) {
    for (Problem problem : found) {
      problems.add(
          problem.isError()
              ? problem
              : new Problem(
                  problem.severity(),
                  Category.FORMAT,
                  problem.file(),
                  problem.line(),
                  problem.column(),
                  problem.message()));
    }
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  List<Problem> problems() {
    return List.copyOf(problems);
  }
}
