package dev.rlvr.grader.format;

import java.util.Locale;

/** How exactly tags and the text around them must be written. */
enum Mode {
  /** Exact lower-case tags; only whitespace before {@code <think>} and between the blocks. */
  STRICT,
  /**
   * Tags in any ASCII case with whitespace inside the brackets; text is tolerated before
   * {@code <think>} and between {@code </think>} and {@code <answer>}.
   */
  LENIENT;

  /** The option value and detail label. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
