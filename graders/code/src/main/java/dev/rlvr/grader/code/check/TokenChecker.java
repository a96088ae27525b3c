package dev.rlvr.grader.code.check;

import static dev.rlvr.grader.code.check.Details.plural;
import static dev.rlvr.grader.code.check.Details.quote;

import java.util.function.BiPredicate;

/**
 * Compares whitespace-separated tokens one to one under a rule for equal tokens. Every expected
 * token must be matched and nothing may follow: a program that prints only a prefix of the answer
 * fails, unlike open-r1's comparison, and there is no set-of-tokens fallback as in APPS.
 */
final class TokenChecker implements OutputChecker {
  private final BiPredicate<String, String> sameToken;

  /** @param sameToken whether an actual token (second) matches an expected one (first) */
  TokenChecker(BiPredicate<String, String> sameToken) {
    this.sameToken = sameToken;
  }

  @Override
  public Judgement check(String input, String expected, String actual) {
    TokenCursor wanted = new TokenCursor(expected);
    TokenCursor got = new TokenCursor(actual);
    for (int index = 1; ; index++) {
      String want = wanted.next();
      String have = got.next();
      if (want == null && have == null) {
        return Judgement.accept();
      }
      if (want == null) {
        return Details.reject("extra output after " + plural(index - 1, "token") + ": " + quote(have));
      }
      if (have == null) {
        int total = TokenCursor.count(expected);
        return Details.reject(index == 1
            ? "empty output, expected " + plural(total, "token")
            : "output ends after " + (index - 1) + " of " + plural(total, "token"));
      }
      if (!sameToken.test(want, have)) {
        return Details.reject("token " + index + ": expected " + quote(want) + " got " + quote(have));
      }
    }
  }
}
