package dev.rlvr.trainer.grpo;

import java.util.Locale;

/** What the centred rewards are divided by; the names are TRL's {@code scale_rewards}. */
public enum ScaleRewards {
  /** The standard deviation within each group (DeepSeekMath). */
  GROUP,
  /** One standard deviation over the whole batch (more robust when groups are nearly constant). */
  BATCH,
  /** No scaling (Dr. GRPO: scaling by a small group std over-weights easy or hard prompts). */
  NONE;

  /**
   * Parses a config value such as {@code group}.
   *
   * @param text the value
   * @return the choice
   * @throws IllegalArgumentException when it is not one of the three
   */
  public static ScaleRewards parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scale_rewards must be group, batch or none, got '" + text + "'", e);
    }
  }
}
