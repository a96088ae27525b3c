package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The r1 recipe on mixed data: accuracy by task (math or code), format, and language consistency. */
class R1RecipeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scoresMathAndCodeRecordsWithTheirOwnAccuracyAndEveryoneWithFormatAndLanguage(@TempDir Path dir)
      throws Exception {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(), () -> BwrapSandbox.unusableReason().orElse(""));
    List<String> lines = List.of(
        "{\"id\": \"math-en\", \"completion\": \"<think>Two quarters make one half.</think> <answer>\\\\boxed{\\\\frac{1}{2}}</answer>\", "
            + "\"ground_truth\": \"\\\\frac12\", \"data_source\": \"lighteval/MATH\", \"target_language\": \"en\"}",
        "{\"id\": \"math-mixed\", \"completion\": \"<think>Two quarters 是 一半 make one half.</think> <answer>\\\\boxed{0.5}</answer>\", "
            + "\"ground_truth\": \"\\\\frac12\", \"target_language\": \"en\"}",
        "{\"id\": \"code-half\", \"completion\": \"<think>Read a number and print its double.</think> <answer>\\n```python\\nn = int(input())\\nprint(n * 2 if n < 5 else n)\\n```\\n</answer>\", "
            + "\"input_output\": {\"inputs\": [\"1\\n\", \"9\\n\"], \"outputs\": [\"2\\n\", \"18\\n\"]}, \"target_language\": \"en\"}");
    Path input = Files.write(dir.resolve("in.jsonl"), lines);
    Path output = dir.resolve("out.jsonl");
    CliRun run = CliRun.of("score", "--recipe", "r1", "--input", input.toString(), "--output", output.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> results = Files.readAllLines(output).stream().map(RecipeJson::read).toList();

    JsonNode mathEn = results.get(0);
    assertThat(mathEn.at("/components/accuracy").asDouble()).isEqualTo(1.0);
    assertThat(mathEn.at("/details/accuracy/task").asText()).isEqualTo("math");
    assertThat(mathEn.at("/components/language").asDouble()).isEqualTo(1.0);
    assertThat(mathEn.get("score").asDouble()).isEqualTo(3.0);

    JsonNode mixed = results.get(1);
    assertThat(mixed.at("/components/accuracy").asDouble()).isEqualTo(1.0);
    assertThat(mixed.at("/components/language").asDouble()).isStrictlyBetween(0.3, 1.0);

    JsonNode code = results.get(2);
    assertThat(code.at("/details/accuracy/task").asText()).isEqualTo("code");
    assertThat(code.at("/components/accuracy").asDouble()).isEqualTo(0.5);
    assertThat(code.at("/components/format").asDouble()).isEqualTo(1.0);
    assertThat(code.get("score").asDouble()).isEqualTo(2.5);
  }

  /** Reads one output line. */
  private static final class RecipeJson {
    static JsonNode read(String line) {
      try {
        return JSON.readTree(line);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
