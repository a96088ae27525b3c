package dev.rlvr.trainer.model;

import java.util.List;

/**
 * The layout every forward pass uses: prompts left-padded to a common length P, completions
 * after them right-padded to C. Positions count from each row's first real token, and a key
 * bias of -1e9 hides the left padding from attention.
 *
 * @param rows the batch size
 * @param promptWidth P
 * @param completionWidth C
 * @param tokens row-major (rows, P + C)
 * @param positions row-major (rows, P + C)
 * @param keyBias row-major (rows, P + C): 0 for real keys, -1e9 for left padding
 */
public record PaddedBatch(
    int rows, int promptWidth, int completionWidth, int[] tokens, int[] positions, float[] keyBias) {
  static final float HIDDEN = -1e9f;

  /**
   * Lays out prompts and completions.
   *
   * @param prompts one token array per row
   * @param completions one per row (empty arrays while generating)
   * @param completionWidth C, at least the longest completion
   * @return the layout
   */
  public static PaddedBatch of(List<int[]> prompts, List<int[]> completions, int completionWidth) {
    int rows = prompts.size();
    int p = prompts.stream().mapToInt(x -> x.length).max().orElse(0);
    int width = p + completionWidth;
    int[] tokens = new int[rows * width];
    int[] positions = new int[rows * width];
    float[] bias = new float[rows * width];
    for (int r = 0; r < rows; r++) {
      int[] prompt = prompts.get(r);
      int pad = p - prompt.length;
      int base = r * width;
      for (int t = 0; t < width; t++) {
        positions[base + t] = Math.max(0, t - pad);
        bias[base + t] = t < pad ? HIDDEN : 0f;
      }
      System.arraycopy(prompt, 0, tokens, base + pad, prompt.length);
      int[] completion = completions.get(r);
      System.arraycopy(completion, 0, tokens, base + p, Math.min(completion.length, completionWidth));
    }
    return new PaddedBatch(rows, p, completionWidth, tokens, positions, bias);
  }

  /**
   * The full width P + C.
   *
   * @return the sequence length
   */
  public int width() {
    return promptWidth + completionWidth;
  }
}
