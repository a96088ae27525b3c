package dev.rlvr.grader.math;

/** Which part of a completion holds the final answer. */
enum AnswerSource {
  /** The last answer block if there is one, else the text after the last {@code </think>}, else all. */
  AUTO,
  /** Only the last {@code <answer>...</answer>} block (R1-Zero's template). */
  ANSWER_TAG,
  /** The text after the last {@code </think>}, else all of it. */
  AFTER_THINK,
  /** The whole completion. */
  COMPLETION;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
