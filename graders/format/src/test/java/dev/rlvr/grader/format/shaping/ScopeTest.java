package dev.rlvr.grader.format.shaping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.Rollout;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "<think>a b</think><answer>c</answer>  | a b   | c",
    "a b</think>c                          | a b   | c",
    "<think>a b</think>\\boxed{c}          | a b   | \\boxed{c}",
    "<think>a b                            | a b   | ''",
    "just text                             | ''    | just text",
    "<think>x</think><think>y</think>z     | x</think><think>y | z",
    "<answer>c                             | ''    | c"})
  void selectsTheThoughtAndTheAnswer(String completion, String think, String answer) {
    Rollout rollout = Rollout.of(completion);

    assertThat(Scope.THINK.select(rollout)).isEqualTo(think);
    assertThat(Scope.ANSWER.select(rollout)).isEqualTo(answer);
    assertThat(Scope.COMPLETION.select(rollout)).isEqualTo(completion);
  }

  @ParameterizedTest
  @CsvSource({"'because', '<answer>7</answer>', 7", "'because', 'it is 7', 'it is 7'"})
  void takesASeparateReasoningFieldAsTheThought(String reasoning, String completion, String answer) {
    Rollout rollout = new Rollout("", "", List.of(), completion, reasoning, Map.of());

    assertThat(Scope.THINK.select(rollout)).isEqualTo(reasoning);
    assertThat(Scope.ANSWER.select(rollout)).isEqualTo(answer);
    assertThat(Scope.COMPLETION.select(rollout)).isEqualTo(reasoning + completion);
  }
}
