package dev.rlvr.trainer.grpo;

/**
 * The knobs of the GRPO objective.
 *
 * @param type how per-token losses are reduced
 * @param epsilonLow the lower clip range: ratios below {@code 1 - epsilonLow} stop pushing down
 * @param epsilonHigh the upper clip range (DAPO's clip-higher sets it above epsilonLow)
 * @param beta the weight of the k3 KL penalty to the reference; 0 means no reference model
 * @param maxCompletionLength the generation limit, used by {@link LossType#DR_GRPO}
 */
public record LossSettings(
    LossType type, double epsilonLow, double epsilonHigh, double beta, int maxCompletionLength) {

  /** Validates. */
  public LossSettings {
    if (epsilonLow < 0 || epsilonLow >= 1 || epsilonHigh < 0) {
      throw new IllegalArgumentException("need 0 <= epsilon_low < 1 and epsilon_high >= 0");
    }
    if (beta < 0) {
      throw new IllegalArgumentException("beta must not be negative, got " + beta);
    }
    if (maxCompletionLength < 1) {
      throw new IllegalArgumentException("max_completion_length must be at least 1");
    }
  }
}
