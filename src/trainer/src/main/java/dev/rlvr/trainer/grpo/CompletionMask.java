package dev.rlvr.trainer.grpo;

/**
 * Which completion tokens count in the loss: those up to and including the end token, and none
 * at all of a completion that hit the length limit when truncated completions are masked (DAPO's
 * overlong filtering, TRL's {@code mask_truncated_completions}): a cut-off answer is not a
 * judged one, and its reward would teach the wrong thing.
 */
public final class CompletionMask {
  private CompletionMask() {}

  /**
   * Builds the mask, row-major (batch, width).
   *
   * @param lengths each completion's token count (its end token included when it has one)
   * @param finished whether each completion ended with the end token
   * @param width the padded completion width
   * @param maskTruncated whether unfinished completions are masked out entirely
   * @return 1 where a token counts, 0 elsewhere
   */
  public static float[] build(int[] lengths, boolean[] finished, int width, boolean maskTruncated) {
    float[] mask = new float[lengths.length * width];
    for (int row = 0; row < lengths.length; row++) {
      if (maskTruncated && !finished[row]) {
        continue;
      }
      int n = Math.min(lengths[row], width);
      for (int t = 0; t < n; t++) {
        mask[row * width + t] = 1f;
      }
    }
    return mask;
  }
}
