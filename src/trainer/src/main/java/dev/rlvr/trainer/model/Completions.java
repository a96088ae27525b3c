package dev.rlvr.trainer.model;

import java.util.List;

/**
 * What one generation call produced, one entry per row.
 *
 * @param tokens each completion's tokens, the end token included when it finished
 * @param finished whether it ended with the end token rather than at the length limit
 * @param generatedTokens how many tokens were sampled in all (for tokens/s)
 */
public record Completions(List<int[]> tokens, boolean[] finished, long generatedTokens) {

  /**
   * Each completion's token count.
   *
   * @return the lengths
   */
  public int[] lengths() {
    return tokens.stream().mapToInt(x -> x.length).toArray();
  }
}
