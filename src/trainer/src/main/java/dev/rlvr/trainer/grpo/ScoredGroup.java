package dev.rlvr.trainer.grpo;

/** The G completions of one prompt, once scored. */
public interface ScoredGroup {

  /**
   * The combined reward of each completion.
   *
   * @return G rewards
   */
  double[] rewards();

  /**
   * Tells whether the group teaches anything: with identical rewards every advantage is 0.
   *
   * @return true when the rewards are not all equal
   */
  default boolean informative() {
    double[] r = rewards();
    for (double v : r) {
      if (Math.abs(v - r[0]) > 1e-9) {
        return true;
      }
    }
    return false;
  }
}
