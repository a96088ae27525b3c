package dev.rlvr.example;

import dev.rlvr.api.GradeCancelledException;
import dev.rlvr.api.GradeContext;

/**
 * Text for a regex matcher that stops a runaway match: every few thousand character reads it asks
 * the grade's context whether to give up, and throws {@link GradeCancelledException} when so. A
 * catastrophically backtracking gold regex then ends as the engine's TIMEOUT instead of holding a
 * thread forever.
 *
 * <p>Not thread-safe: one instance serves one grade on one thread.
 */
final class CancellableText implements CharSequence {
  private static final int CHECK_EVERY = 4096;

  private final String text;
  private final GradeContext context;
  private int reads;

  /**
   * Wraps a text.
   *
   * @param text the text to match
   * @param context the grade's deadline and cancellation
   */
  CancellableText(String text, GradeContext context) {
    this.text = text;
    this.context = context;
  }

  @Override
  public char charAt(int index) {
    if ((++reads & (CHECK_EVERY - 1)) == 0) {
      context.checkCancelled();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new CancellableText(text.substring(start, end), context);
  }

  @Override
  public String toString() {
    return text;
  }
}
