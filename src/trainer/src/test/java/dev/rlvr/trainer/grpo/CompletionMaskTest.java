package dev.rlvr.trainer.grpo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionMaskTest {

  @Test
  void countsTokensUpToTheEndToken() {
    float[] mask = CompletionMask.build(new int[] {2, 3}, new boolean[] {true, true}, 3, true);
    assertThat(mask).containsExactly(1, 1, 0, 1, 1, 1);
  }

  @Test
  void masksTruncatedCompletionsEntirelyWhenAsked() {
    float[] mask = CompletionMask.build(new int[] {2, 3}, new boolean[] {true, false}, 3, true);
    assertThat(mask).containsExactly(1, 1, 0, 0, 0, 0);
  }

  @Test
  void keepsTruncatedCompletionsOtherwise() {
    float[] mask = CompletionMask.build(new int[] {2, 3}, new boolean[] {true, false}, 3, false);
    assertThat(mask).containsExactly(1, 1, 0, 1, 1, 1);
  }
}
