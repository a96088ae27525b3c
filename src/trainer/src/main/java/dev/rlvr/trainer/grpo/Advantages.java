package dev.rlvr.trainer.grpo;

/**
 * Group-relative advantages: each reward minus its group's mean, optionally divided by a
 * standard deviation. Rewards are laid out group after group, {@code groupSize} each.
 *
 * <p>As in TRL: the standard deviation is the unbiased (n - 1) one that {@code torch.std}
 * computes, and 1e-4 is added to it so a constant group gives advantages of 0, not NaN.
 */
public final class Advantages {
  static final double STD_EPSILON = 1e-4;

  private Advantages() {}

  /**
   * Computes the advantage of every sample.
   *
   * @param rewards one reward per sample, groups contiguous
   * @param groupSize samples per prompt (G), at least 1
   * @param scale what to divide by
   * @return one advantage per sample
   */
  public static double[] compute(double[] rewards, int groupSize, ScaleRewards scale) {
    if (groupSize < 1 || rewards.length % groupSize != 0) {
      throw new IllegalArgumentException(rewards.length + " rewards do not split into groups of " + groupSize);
    }
    double batchStd = std(rewards, 0, rewards.length);
    double[] advantages = new double[rewards.length];
    for (int start = 0; start < rewards.length; start += groupSize) {
      double mean = mean(rewards, start, groupSize);
      double divisor = switch (scale) {
        case GROUP -> std(rewards, start, groupSize) + STD_EPSILON;
        case BATCH -> batchStd + STD_EPSILON;
        case NONE -> 1.0;
      };
      for (int i = start; i < start + groupSize; i++) {
        advantages[i] = (rewards[i] - mean) / divisor;
      }
    }
    return advantages;
  }

  /**
   * The unbiased standard deviation of each group (0 for a group of one).
   *
   * @param rewards one reward per sample, groups contiguous
   * @param groupSize samples per prompt
   * @return one value per group
   */
  public static double[] groupStd(double[] rewards, int groupSize) {
    double[] out = new double[rewards.length / groupSize];
    for (int g = 0; g < out.length; g++) {
      out[g] = std(rewards, g * groupSize, groupSize);
    }
    return out;
  }

  static double mean(double[] values, int start, int length) {
    double sum = 0;
    for (int i = start; i < start + length; i++) {
      sum += values[i];
    }
    return sum / length;
  }

  static double std(double[] values, int start, int length) {
    if (length < 2) {
      return 0;
    }
    double mean = mean(values, start, length);
    double squares = 0;
    for (int i = start; i < start + length; i++) {
      squares += (values[i] - mean) * (values[i] - mean);
    }
    return Math.sqrt(squares / (length - 1));
  }
}
