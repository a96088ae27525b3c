package dev.rlvr.trainer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads problems from JSONL: one object per line with question, answer and optional completion. */
public final class ProblemSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemSet() {}

  /**
   * Reads a file.
   *
   * @param path a JSONL file
   * @return its problems, in order
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a JSON object with a question
   */
  public static List<Problem> read(Path path) {
    List<Problem> out = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        if (n == null || !n.isObject() || !n.hasNonNull("question")) {
          throw new IllegalArgumentException(path + ":" + lineNo + ": expected an object with a question");
        }
        out.add(new Problem(n.path("id").asText(""), n.get("question").asText(),
            n.path("answer").asText(""), n.path("completion").asText("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read problems from " + path, e);
    }
    return out;
  }
}
