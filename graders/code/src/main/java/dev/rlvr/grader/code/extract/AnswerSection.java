package dev.rlvr.grader.code.extract;

import java.util.Locale;

/** Which part of a completion the program is taken from. */
public enum AnswerSection {
  /** The last answer block if there is one, else the text after the last {@code </think>}, else all. */
  AUTO,
  /** Only the last {@code <answer>...</answer>} block (R1-Zero's template); none means no answer. */
  ANSWER_TAG,
  /** The text after the last {@code </think>}, else all of it. */
  AFTER_THINK,
  /** The whole completion, reasoning included. */
  COMPLETION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The part of the completion this section names, or null when it is absent (ANSWER_TAG only). */
  public String of(String completion) {
    String text = completion == null ? "" : completion;
    if (this == COMPLETION) {
      return text;
    }
    if (this == AUTO || this == ANSWER_TAG) {
      int close = text.lastIndexOf("</answer>");
      int open = close < 0 ? -1 : text.lastIndexOf("<answer>", close);
      if (open >= 0) {
        return text.substring(open + "<answer>".length(), close);
      }
      if (this == ANSWER_TAG) {
        // A truncated answer block still holds the program the model wrote.
        int unterminated = text.lastIndexOf("<answer>");
        return unterminated < 0 ? null : text.substring(unterminated + "<answer>".length());
      }
    }
    int think = text.lastIndexOf("</think>");
    return think < 0 ? text : text.substring(think + "</think>".length());
  }
}
