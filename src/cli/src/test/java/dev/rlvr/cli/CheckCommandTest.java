package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

  @Test
  void printsTheScoreAndTheReasonOfEachComponent() {
    CliRun valid = CliRun.of("check", "--recipe", "format", "--response", "<think>2+2=4</think> <answer>4</answer>");
    assertThat(valid.exitCode()).isZero();
    assertThat(valid.out()).startsWith("score 1.0").contains("format").contains("CORRECT");

    CliRun hacked = CliRun.of("check", "--recipe", "format",
        "--response", "<think>x</think> <answer>4</answer> and some more text");
    assertThat(hacked.out()).startsWith("score 0.0").contains("FORMAT_ERROR");
  }

  @Test
  void printsTheOutputRecordAsJsonWhenAsked() throws Exception {
    CliRun run = CliRun.of("check", "--recipe", "format", "--json",
        "--prompt", "Solve it.<think>\n", "--response", "reasoning here</think>\nThe answer is 4.");
    JsonNode record = new ObjectMapper().readTree(run.out());
    assertThat(record.path("score").asDouble()).isEqualTo(1.0);
    assertThat(record.path("details").path("format").path("template").asText()).isEqualTo("prefilled");
  }

  @Test
  void gradesMathWithTheR1ZeroRecipe() {
    CliRun run = CliRun.of("check", "--recipe", "r1-zero-math", "--answer", "\\frac{1}{2}",
        "--response", "<think>2/4 is a half</think> <answer>\\boxed{0.5}</answer>");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("score 2.0").contains("accuracy").contains("CORRECT");
  }

  @Test
  void weightsChangeHowComponentsAddUp() {
    String response = "<think>half of one</think> <answer>\\boxed{\\frac{1}{2}}</answer>";
    CliRun plain = CliRun.of("check", "--recipe", "r1-zero-math", "--answer", "\\frac{1}{2}", "--response", response);
    CliRun reweighed = CliRun.of("check", "--recipe", "r1-zero-math", "--weight", "format=0.25", "--answer",
        "\\frac{1}{2}", "--response", response);
    assertThat(plain.out()).startsWith("score 2.0");
    assertThat(reweighed.out()).startsWith("score 1.25");
    CliRun bad = CliRun.of("check", "--recipe", "r1-zero-math", "--weight", "format", "--response", response);
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("component=weight");
  }

  @Test
  void anUnknownRecipeIsAUsageErrorThatListsTheKnownOnes() {
    CliRun run = CliRun.of("check", "--recipe", "nope", "--response", "x");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown recipe 'nope'").contains("format");
  }
}
