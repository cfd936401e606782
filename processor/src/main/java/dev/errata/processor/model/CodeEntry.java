package dev.errata.processor.model;

import dev.errata.ErrorKind;
import java.util.List;

/**
 * One distinct code of a catalog, ready to be written: the table's texts, how it matches returned
 * codes, its classification, and its Java names.
 *
 * @param code the code as the table writes it
 * @param httpStatus the table's status, or {@code 0}
 * @param texts the message, description and solution, each the cell exactly or {@code ""}
 * @param pattern what the code matches when it holds a placeholder, or {@code null} for a code that
 *     matches only itself
 * @param placeholders the placeholders in the code and its message ({@code %s}, {@code {name}},
 *     {@code XXX}, {@code 某某}, {@code N} ...), each once, in order: those whose values {@code
 *     ServiceException.arguments()} returns
 * @param names the enum constant, the exception class and its kind group
 * @param line the table line of the row that defined it
 * @param otherTexts texts of later rows with the same code, each as {@code line N: texts}
 */
public record CodeEntry(
    String code,
    int httpStatus,
    Texts texts,
    Classification classification,
    CodePattern pattern,
    List<String> placeholders,
    Names names,
    int line,
    List<String> otherTexts) {

  public CodeEntry {
    placeholders = List.copyOf(placeholders);
    otherTexts = List.copyOf(otherTexts);
  }

  /** The texts of a code. */
  public record Texts(String message, String description, String solution) {}

  /**
   * The Java names of a code.
   *
   * @param constant the enum constant, such as {@code CBC_5003}
   * @param className the exception class's simple name, such as {@code Cbc5003}
   * @param group the simple name of its kind's exception group, such as {@code NotFound}
   */
  public record Names(String constant, String className, String group) {}

  public boolean isPattern() {
    return pattern != null;
  }

  public String message() {
    return texts.message();
  }

  public String description() {
    return texts.description();
  }

  public String solution() {
    return texts.solution();
  }

  public ErrorKind kind() {
    return classification.kind();
  }

  public boolean retryable() {
    return classification.retryable();
  }

  public String constantName() {
    return names.constant();
  }

  public String className() {
    return names.className();
  }
}
