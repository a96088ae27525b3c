package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.math.BigDecimal;

/**
 * Turns the text of a number literal ({@code 42}, {@code 0.50}, {@code .5}, {@code 2.5E4}) into
 * an {@link Expr.Num} that keeps the text, refusing literals too big to compare cheaply.
 */
final class NumberLiteral {

  /** The most digits a literal may have. */
  static final int MAX_DIGITS = 1_000;

  /** The largest written exponent, in absolute value: {@code 1e1000} is the most. */
  static final int MAX_EXPONENT = 1_000;

  private NumberLiteral() {}

  /**
   * Reads a literal.
   *
   * @param text digits, at most one point, and an optional exponent; not null
   * @param column where the literal starts, for errors
   * @return the number
   * @throws AnswerSyntaxException if the literal has too many digits or too large an exponent
   */
  static Expr.Num parse(String text, int column) {
    int digits = 0;
    int exponentAt = -1;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == 'e' || c == 'E') {
        exponentAt = k;
        break;
      }
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    if (digits > MAX_DIGITS) {
      throw new AnswerSyntaxException("number has more than " + MAX_DIGITS + " digits", column);
    }
    if (exponentAt >= 0) {
      int start = exponentAt + 1;
      if (start < text.length() && (text.charAt(start) == '+' || text.charAt(start) == '-')) {
        start++;
      }
      while (start < text.length() - 1 && text.charAt(start) == '0') {
        start++;
      }
      if (text.length() - start > 4 || Integer.parseInt(text.substring(start)) > MAX_EXPONENT) {
        throw new AnswerSyntaxException("exponent of number is over " + MAX_EXPONENT, column);
      }
    }
    try {
      return new Expr.Num(new BigDecimal(text), text);
    } catch (NumberFormatException e) {
      throw new AnswerSyntaxException("not a number: " + text, column);
    }
  }
}
