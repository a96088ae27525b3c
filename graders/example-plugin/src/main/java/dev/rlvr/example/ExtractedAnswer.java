package dev.rlvr.example;

/**
 * The final answer found in a completion.
 *
 * @param text the answer, trimmed; empty when the completion gave none
 * @param source where it was found: {@code answer_tag}, {@code after_think} or {@code completion}
 * @param boxed whether {@code text} is the content of a {@code \boxed{}} found there
 */
record ExtractedAnswer(String text, String source, boolean boxed) {

  /**
   * Tells whether there is nothing to grade.
   *
   * @return {@code true} when the answer is empty
   */
  boolean isEmpty() {
    return text.isEmpty();
  }
}
