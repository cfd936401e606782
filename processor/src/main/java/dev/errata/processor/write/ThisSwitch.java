package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.errata.processor.model.CodeEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An enum accessor written as {@code return switch (this) {...}}: constants with equal values share
 * one arm, in table order, and those with the common value fall to {@code default}. The values then
 * live in the accessor's bytecode, not in the enum's initialiser, which the JVM limits to 64 KB.
 */
final class ThisSwitch {
  /** Case labels are wrapped before a line would pass this column. */
  private static final int LINE_WIDTH = 96;

  private ThisSwitch() {}

  /**
   * @param common the value of the {@code default} arm, or {@code null} for a switch that lists
   *     every constant
   */
  static <V> CodeBlock of(
      List<CodeEntry> entries,
      Function<CodeEntry, V> value,
      Function<V, CodeBlock> literal,
      V common) {
    Map<V, List<String>> constantsByValue = new LinkedHashMap<>();
    for (CodeEntry entry : entries) {
      V v = value.apply(entry);
      if (!Objects.equals(v, common)) {
        constantsByValue.computeIfAbsent(v, x -> new ArrayList<>()).add(entry.constantName());
      }
    }
    if (constantsByValue.isEmpty()) {
      return CodeBlock.of("return $L;\n", literal.apply(common));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("return switch (this) {\n").indent();
    constantsByValue.forEach(
        (v, constants) -> code.add("case $L -> $L;\n", labels(constants), literal.apply(v)));
    if (common != null
        && constantsByValue.values().stream().mapToInt(List::size).sum() < entries.size()) {
      code.add("default -> $L;\n", literal.apply(common));
    }
    return code.unindent().add("};\n").build();
  }

  /** {@code A, B, C}, wrapped with a deeper indent where a line grows long. */
  private static String labels(List<String> constants) {
    StringBuilder labels = new StringBuilder();
    int column = "    case ".length();
    for (int i = 0; i < constants.size(); i++) {
      String constant = constants.get(i);
      if (i > 0) {
        labels.append(',');
        if (column + constant.length() + 2 > LINE_WIDTH) {
          labels.append("\n    ");
          column = "        ".length();
        } else {
          labels.append(' ');
          column += 2;
        }
      }
      labels.append(constant);
      column += constant.length();
    }
    return labels.toString();
  }
}
