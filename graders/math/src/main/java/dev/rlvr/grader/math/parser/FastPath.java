package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.math.BigDecimal;

/**
 * Parses the commonest answers without the lexer and parser: a plain number ({@code 42},
 * {@code -3}, {@code 0.50}, {@code .5}), a fraction of integers ({@code \frac{1}{2}},
 * {@code \dfrac{3}{4}}, {@code 1/2}), each optionally negated. The tree is exactly the one the
 * full parser builds for the same text; anything else answers null and takes the full path.
 */
final class FastPath {

  private FastPath() {}

  /**
   * The tree of a simple answer.
   *
   * @param raw the answer as given, not null
   * @return the tree, or null when the answer is not one of the simple forms
   */
  static Expr parse(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && raw.charAt(start) == ' ') {
      start++;
    }
    while (end > start && raw.charAt(end - 1) == ' ') {
      end--;
    }
    if (start == end || end - start > 64) {
      return null;
    }
    boolean negative = raw.charAt(start) == '-';
    if (negative) {
      start++;
      if (start == end) {
        return null;
      }
    }
    Expr value = raw.charAt(start) == '\\' ? latexFraction(raw, start, end) : plain(raw, start, end);
    if (value == null) {
      return null;
    }
    return negative ? new Expr.Neg(value) : value;
  }

  /** {@code 12}, {@code 0.5}, {@code .5} or {@code 1/2}. */
  private static Expr plain(String s, int start, int end) {
    int slash = s.indexOf('/', start);
    if (slash >= 0 && slash < end) {
      Expr.Num numerator = integer(s, start, slash);
      Expr.Num denominator = integer(s, slash + 1, end);
      return numerator == null || denominator == null ? null
          : new Expr.Frac(numerator, denominator);
    }
    int k = start;
    while (k < end && isDigit(s.charAt(k))) {
      k++;
    }
    int whole = k - start;
    if (k < end && s.charAt(k) == '.') {
      int fraction = ++k;
      while (k < end && isDigit(s.charAt(k))) {
        k++;
      }
      if (k == fraction) {
        return null;
      }
    } else if (whole == 0) {
      return null;
    }
    return k == end ? num(s.substring(start, end)) : null;
  }

  /** {@code \frac{1}{2}}, {@code \dfrac{1}{2}}, {@code \tfrac{1}{2}}. */
  private static Expr latexFraction(String s, int start, int end) {
    int k;
    if (s.startsWith("\\frac{", start)) {
      k = start + 6;
    } else if (s.startsWith("\\dfrac{", start) || s.startsWith("\\tfrac{", start)) {
      k = start + 7;
    } else {
      return null;
    }
    int close = s.indexOf('}', k);
    if (close < 0 || close + 1 >= end || s.charAt(close + 1) != '{' || s.charAt(end - 1) != '}') {
      return null;
    }
    Expr.Num numerator = integer(s, k, close);
    Expr.Num denominator = integer(s, close + 2, end - 1);
    return numerator == null || denominator == null ? null
        : new Expr.Frac(numerator, denominator);
  }

  private static Expr.Num integer(String s, int start, int end) {
    if (start >= end) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (!isDigit(s.charAt(k))) {
        return null;
      }
    }
    return num(s.substring(start, end));
  }

  private static Expr.Num num(String text) {
    return new Expr.Num(new BigDecimal(text), text);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
