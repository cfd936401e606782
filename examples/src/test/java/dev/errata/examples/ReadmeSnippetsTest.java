package dev.errata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every snippet marked in the sources ({@code // README:name-start} ... {@code -end}) is in
 * README.md as is.
 */
class ReadmeSnippetsTest {
  private static final Pattern START = Pattern.compile("^\\s*// README:([\\w-]+)-start\\s*$");

  @Test
  void markedSnippetsAppearInTheReadmeVerbatim() throws IOException {
    String readme =
        Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
    Map<String, String> snippets = snippets(Path.of("src", "main", "java"));
    assertEquals(List.of("catalog", "catch"), snippets.keySet().stream().sorted().toList());
    snippets.forEach(
        (name, snippet) ->
            assertTrue(
                readme.contains(snippet),
                "README.md lacks the snippet '" + name + "':\n" + snippet));
  }

  @Test
  void commonIndentationIsStripped() {
    assertEquals("try {\n  call();\n}\n", dedent(List.of("    try {", "      call();", "    }")));
    assertEquals("a\n\n  b\n", dedent(List.of("  a", "", "    b")));
  }

  private static Map<String, String> snippets(Path sources) throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher start = START.matcher(lines.get(i));
        if (start.matches()) {
          String name = start.group(1);
          int end = i + 1;
          while (end < lines.size()
              && !lines.get(end).strip().equals("// README:" + name + "-end")) {
            end++;
          }
          assertTrue(end < lines.size(), file + ": README:" + name + "-start has no end");
          assertFalse(snippets.containsKey(name), "snippet '" + name + "' is marked twice");
          snippets.put(name, dedent(lines.subList(i + 1, end)));
          i = end;
        }
      }
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
    return out.stream().collect(Collectors.joining("\n", "", "\n"));
  }
}
