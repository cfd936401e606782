package dev.errata.integrations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps docs/integrations.md in step with code that compiles: each block of a module's test source
 * between {@code // guide:name-start} and {@code // guide:name-end} must appear in the guide as is,
 * its common indentation removed.
 */
public final class GuideSnippets {
  private static final Pattern START = Pattern.compile("^\\s*// guide:([\\w-]+)-start\\s*$");

  /** From a module's directory, where Surefire runs its tests. */
  private static final Path GUIDE = Path.of("..", "..", "docs", "integrations.md");

  private GuideSnippets() {}

  /**
   * Checks the snippets of {@code testClass}'s source file (under the module's {@code
   * src/test/java}) against the guide and returns their names.
   */
  public static List<String> check(Class<?> testClass) {
    Path source = Path.of("src", "test", "java", testClass.getName().replace('.', '/') + ".java");
    try {
      String guide = Files.readString(GUIDE, StandardCharsets.UTF_8).replace("\r\n", "\n");
      Map<String, String> snippets =
          snippets(Files.readAllLines(source, StandardCharsets.UTF_8), source);
      if (snippets.isEmpty()) {
        throw new AssertionError(source + " marks no snippet");
      }
      snippets.forEach(
          (name, snippet) -> {
            if (!guide.contains(snippet)) {
              throw new AssertionError(
                  GUIDE + " lacks the snippet '" + name + "' of " + source + ":\n" + snippet);
            }
          });
      return List.copyOf(snippets.keySet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> snippets(List<String> lines, Path source) {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher start = START.matcher(lines.get(i));
      if (!start.matches()) {
        continue;
      }
      String name = start.group(1);
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("// guide:" + name + "-end")) {
        end++;
      }
      if (end == lines.size()) {
        throw new AssertionError(source + ": guide:" + name + "-start has no end");
      }
      if (snippets.put(name, dedent(lines.subList(i + 1, end))) != null) {
        throw new AssertionError(source + ": snippet '" + name + "' is marked twice");
      }
      i = end;
    }
    return snippets;
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent));
    }
    return String.join("\n", out) + "\n";
  }
}
