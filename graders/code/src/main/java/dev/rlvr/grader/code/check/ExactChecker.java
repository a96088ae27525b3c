package dev.rlvr.grader.code.check;

import static dev.rlvr.grader.code.check.Details.plural;
import static dev.rlvr.grader.code.check.Details.quote;

/** The output must equal the expected one exactly; only Windows line ends are forgiven. */
final class ExactChecker implements OutputChecker {

  @Override
  public Judgement check(String input, String expected, String actual) {
    String wanted = Details.unixLines(expected);
    String got = Details.unixLines(actual);
    if (wanted.equals(got)) {
      return Judgement.accept();
    }
    if (got.isEmpty()) {
      return Details.reject("empty output, expected " + quote(wanted));
    }
    int at = firstDifference(wanted, got);
    if (at == got.length()) {
      String missing = wanted.substring(at);
      return Details.reject(missing.isBlank()
          ? "missing " + quote(missing) + " at the end"
          : "output ends after " + lineCount(got) + " of " + plural(lineCount(wanted), "line") + ", missing "
              + quote(missing));
    }
    if (at == wanted.length()) {
      String extra = got.substring(at);
      return Details.reject(extra.isBlank()
          ? "extra " + quote(extra) + " at the end"
          : "extra output after " + plural(lineCount(wanted), "line") + ": " + quote(extra));
    }
    int start = wanted.lastIndexOf('\n', at - 1) + 1; // both texts agree up to here
    int line = lineCount(wanted.substring(0, start)) + 1;
    return Details.reject("line " + line + ": expected " + quote(lineAt(wanted, start)) + " got "
        + quote(lineAt(got, start)));
  }

  private static int firstDifference(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return common;
  }

  /** Lines of a text; a last line without its line break counts. */
  private static int lineCount(String text) {
    int breaks = (int) text.chars().filter(c -> c == '\n').count();
    return text.isEmpty() || text.endsWith("\n") ? breaks : breaks + 1;
  }

  private static String lineAt(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }
}
