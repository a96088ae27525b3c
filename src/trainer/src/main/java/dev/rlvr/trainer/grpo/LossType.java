package dev.rlvr.trainer.grpo;

import java.util.Locale;

/** How per-token losses are reduced to one number; the names are TRL's {@code loss_type}. */
public enum LossType {
  /** DeepSeekMath: mean over each sequence's tokens, then mean over sequences. */
  GRPO,
  /** Mean over every unmasked token of the (local) batch. */
  BNPO,
  /** Dr. GRPO: sum over tokens divided by batch size times the maximum completion length. */
  DR_GRPO,
  /** DAPO: sum over tokens divided by the token count of the whole generation batch. */
  DAPO;

  /**
   * Parses a config value such as {@code dr_grpo}.
   *
   * @param text the value
   * @return the loss type
   * @throws IllegalArgumentException when it is not one of the four
   */
  public static LossType parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("loss_type must be grpo, bnpo, dr_grpo or dapo, got '" + text + "'", e);
    }
  }
}
