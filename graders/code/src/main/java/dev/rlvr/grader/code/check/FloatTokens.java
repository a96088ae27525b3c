package dev.rlvr.grader.code.check;

import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Token equality for real-valued answers: tokens that both read as decimal numbers are equal
 * within an absolute or a relative tolerance (relative to the expected value); any other token
 * must match exactly. NaN equals only NaN and an infinity only the same infinity.
 */
final class FloatTokens implements BiPredicate<String, String> {
  /** Plain decimals as programs print them; hex floats and Java's "1d"/"1f" suffixes are not numbers here. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private final double absolute;
  private final double relative;

  FloatTokens(double absolute, double relative) {
    this.absolute = absolute;
    this.relative = relative;
  }

  @Override
  public boolean test(String expected, String actual) {
    if (expected.equals(actual)) {
      return true;
    }
    Double want = number(expected);
    Double have = number(actual);
    if (want == null || have == null) {
      return false;
    }
    if (want.isNaN() || have.isNaN()) {
      return want.isNaN() && have.isNaN();
    }
    if (want.isInfinite() || have.isInfinite()) {
      return want.equals(have);
    }
    double difference = Math.abs(want - have);
    // The decimal text is rounded once on the way to a double: a difference printed exactly at the
    // tolerance must not fail on that rounding.
    double slack = 2 * Math.ulp(Math.max(Math.abs(want), Math.abs(have)));
    return difference <= absolute + slack || difference <= relative * Math.abs(want) + slack;
  }

  /** The token's value, or null when it is not a number (a decimal too large for a double is not one). */
  static Double number(String token) {
    if (token.length() > 400) {
      return null;
    }
    if (SPECIAL.matcher(token).matches()) {
      String lower = token.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("nan")) {
        return Double.NaN;
      }
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (!DECIMAL.matcher(token).matches()) {
      return null;
    }
    double value = Double.parseDouble(token);
    return Double.isInfinite(value) ? null : value;
  }
}
