package dev.rlvr.grader.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stripping end-of-sequence tokens and whitespace from the end of a completion. */
class EndTokensTest {
  private final EndTokens defaults = new EndTokens(EndTokens.DEFAULT);

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "<|im_end|>", "\n<|endoftext|>\n", "</s></s>", "<|eot_id|> <|im_end|>\n",
      "<｜end▁of▁sentence｜>"})
  void stripTokensAndWhitespaceInAnyOrder(String tail) {
    String text = "<answer>4</answer>" + tail;

    assertThat(defaults.contentEnd(text)).isEqualTo("<answer>4</answer>".length());
  }

  @Test
  void leaveTokensInsideTheText() {
    String text = "a</s>b";

    assertThat(defaults.contentEnd(text)).isEqualTo(text.length());
  }

  @Test
  void stripOnlyTheConfiguredTokens() {
    EndTokens custom = new EndTokens(List.of("<eos>", ""));

    assertThat(custom.contentEnd("x<eos> <eos>")).isEqualTo(1);
    assertThat(custom.contentEnd("x</s>")).isEqualTo(5);
    assertThat(custom.tokens()).containsExactly("<eos>");
  }

  @Test
  void stripAVeryLongRunOfTokens() {
    String text = "x" + "</s>".repeat(100_000);

    assertThat(defaults.contentEnd(text)).isEqualTo(1);
  }
}
