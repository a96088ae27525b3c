package dev.rlvr.grader.math.parser;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a repeating decimal, {@code 4.\overline{6}}, {@code 0.1\overline{36}} or
 * {@code 0.\bar{2}}, as the exact fraction it denotes, so that it equals 14/3 and 3/22 rather
 * than failing to parse.
 */
final class RepeatingDecimals {
  private static final Pattern REPEATING =
      Pattern.compile("(\\d*)\\.(\\d*)\\\\(?:overline|bar)\\s*\\{\\s*(\\d{1,50})\\s*\\}");
  private static final int MAX_DIGITS = 200;

  private RepeatingDecimals() {}

  static String rewrite(String s) {
    if (!s.contains("\\overline") && !s.contains("\\bar")) {
      return s;
    }
    Matcher m = REPEATING.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String whole = m.group(1).isEmpty() ? "0" : m.group(1);
      String fixed = m.group(2);
      String repeat = m.group(3);
      if (whole.length() + fixed.length() > MAX_DIGITS) {
        continue; // left as written: the parser refuses it with a clear error
      }
      BigInteger withRepeat = new BigInteger(whole + fixed + repeat);
      BigInteger withoutRepeat = new BigInteger(whole + fixed);
      BigInteger numerator = withRepeat.subtract(withoutRepeat);
      BigInteger denominator = BigInteger.TEN.pow(fixed.length())
          .multiply(BigInteger.TEN.pow(repeat.length()).subtract(BigInteger.ONE));
      m.appendReplacement(out, Matcher.quoteReplacement("(\\frac{" + numerator + "}{" + denominator + "})"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
