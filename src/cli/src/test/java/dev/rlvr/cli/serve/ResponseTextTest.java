package dev.rlvr.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseTextTest {
  @Test
  void cutsThePromptOffTheFrontWhenItIsAPrefix() {
    assertThat(ResponseText.of("PROMPT: 2+2? <think>4</think>", "PROMPT: 2+2? ")).isEqualTo("<think>4</think>");
  }

  @Test
  void keepsTheWholeQueryWhenThePromptIsNotAPrefix() {
    assertThat(ResponseText.of("truncated prompt then answer", "full prompt")).isEqualTo("truncated prompt then answer");
  }

  @Test
  void stripsTrailingEndOfSequenceTokensOfEveryTemplate() {
    assertThat(ResponseText.stripEos("a<|im_end|>")).isEqualTo("a");
    assertThat(ResponseText.stripEos("a<|im_end|>\n<|endoftext|><|endoftext|>")).isEqualTo("a");
    assertThat(ResponseText.stripEos("a<｜end▁of▁sentence｜>")).isEqualTo("a");
    assertThat(ResponseText.stripEos("a </s>")).isEqualTo("a ");
    assertThat(ResponseText.stripEos("a<|eot_id|>")).isEqualTo("a");
  }

  @Test
  void leavesTokensInsideTheTextAndPlainTrailingSpaceAlone() {
    assertThat(ResponseText.stripEos("a</s>b")).isEqualTo("a</s>b");
    assertThat(ResponseText.stripEos("answer \n")).isEqualTo("answer \n");
    assertThat(ResponseText.stripEos("<|im_end|>")).isEmpty();
  }
}
