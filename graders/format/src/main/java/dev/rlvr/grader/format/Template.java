package dev.rlvr.grader.format;

import java.util.Locale;

/** The chat template a completion is checked against; {@link #AUTO} is decided per rollout. */
enum Template {
  /**
   * {@link #PREFILLED} when the prompt ends with {@code <think>}, or when the templated prompt is
   * not at hand (no prompt, or chat messages) and the completion's first think tag is
   * {@code </think>}; {@link #R1} otherwise.
   */
  AUTO,
  /** DeepSeek-R1-Zero: {@code <think> reasoning </think> <answer> answer </answer>}. */
  R1,
  /** The prompt ends with {@code <think>}; the completion is {@code reasoning </think> answer}. */
  PREFILLED;

  /** The option value and detail label: {@code auto}, {@code r1} or {@code prefilled}. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
