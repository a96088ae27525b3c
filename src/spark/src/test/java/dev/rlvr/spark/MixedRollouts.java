package dev.rlvr.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test input built from the repo's problems/*.jsonl: every line repeated with distinct ids, plus
 * lines that are not valid records, with some CRLF line ends.
 */
final class MixedRollouts {
  static final Path PROBLEMS = Path.of(System.getProperty("rlvr.problems", "../../problems"));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> BAD_LINES = List.of(
      "not json at all", "", "[1, 2, 3]", "{\"id\": \"no-completion\"}", "{\"id\": \"cut\", \"completion\": \"<th",
      "{\"id\": 7, \"completion\": \"x\", \"extra_info\": 3}");

  private MixedRollouts() {}

  /** The lines of the problems files, in a fixed order. */
  static List<String> sourceLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String name : List.of("rollouts.jsonl", "math-rollouts.jsonl", "language-rollouts.jsonl",
        "code-rollouts.jsonl")) {
      lines.addAll(Files.readAllLines(PROBLEMS.resolve(name), StandardCharsets.UTF_8));
    }
    return lines;
  }

  /** {@code copies} rounds of every source line and the bad lines, ids suffixed with the round. */
  static List<String> lines(int copies) throws IOException {
    List<String> source = sourceLines();
    List<String> out = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      for (String line : source) {
        out.add(withRound(line, copy));
      }
      out.add(BAD_LINES.get(copy % BAD_LINES.size()));
    }
    return out;
  }

  /** Writes lines with \n, and \r\n after every seventh one; a final line break too. */
  static Path write(Path file, List<String> lines) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(lines.get(i)).append(i % 7 == 3 ? "\r\n" : "\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String withRound(String line, int copy) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException notJson) {
      return line; // the problems files' own bad lines stay bad
    }
    if (node instanceof ObjectNode object && object.hasNonNull("id")) {
      object.put("id", object.get("id").asText() + "#" + copy);
      return object.toString();
    }
    return line;
  }
}
