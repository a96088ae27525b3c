package dev.rlvr.grader.code.check;

import static dev.rlvr.grader.code.check.Judgements.accepts;
import static dev.rlvr.grader.code.check.Judgements.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenCheckerTest {
  private final OutputChecker tokens = OutputCheckers.tokens();

  @Nested
  class Tokens {
    @Test
    void acceptsTheSameTokensWhateverTheWhitespace() {
      accepts(tokens, "1 2 3\n", "1 2 3\n");
      accepts(tokens, "1 2 3\n", "1\n2\n3");
      accepts(tokens, "1 2 3\n", "  1\t2 \r\n 3   \n\n\n");
      accepts(tokens, "", "");
      accepts(tokens, "\n", "  \n\t");
    }

    @Test
    void printingOnlyAPrefixOfTheAnswerFails() {
      // open-r1 compared only the lines the program printed: "1" scored as "1 2 3".
      assertThat(rejects(tokens, "1\n2\n3\n", "1\n")).isEqualTo("output ends after 1 of 3 tokens");
      assertThat(rejects(tokens, "1 2 3", "1 2")).isEqualTo("output ends after 2 of 3 tokens");
    }

    @Test
    void emptyOutputFailsAgainstAnExpectedOne() {
      assertThat(rejects(tokens, "42\n", "")).isEqualTo("empty output, expected 1 token");
      assertThat(rejects(tokens, "4 2\n", " \n ")).isEqualTo("empty output, expected 2 tokens");
    }

    @Test
    void extraOutputFails() {
      assertThat(rejects(tokens, "1 2", "1 2 3")).isEqualTo("extra output after 2 tokens: \"3\"");
      assertThat(rejects(tokens, "", "debug")).isEqualTo("extra output after 0 tokens: \"debug\"");
    }

    @Test
    void aChangedTokenIsNamedByPosition() {
      assertThat(rejects(tokens, "1 2 3 4 5 6 0.5", "1 2 3 4 5 6 0.55"))
          .isEqualTo("token 7: expected \"0.5\" got \"0.55\"");
    }

    @Test
    void theSameTokensInAnotherOrderFail() {
      // APPS fell back to comparing sets of tokens; order matters here.
      rejects(tokens, "1 2 3", "3 2 1");
      rejects(tokens, "1 1 2", "1 2 2");
    }

    @Test
    void tokensAreComparedExactly() {
      rejects(tokens, "YES", "yes");
      rejects(tokens, "1.0", "1");
      rejects(tokens, "1.000", "1.0001");
      rejects(tokens, "ab", "a b");
      // A no-break space is not a separator, as with C's isspace.
      rejects(tokens, "a b", "a\u00A0b");
    }

    @Test
    void longTokensAreCutShortInTheDetail() {
      String detail = rejects(tokens, "x".repeat(10_000), "y".repeat(10_000));
      assertThat(detail).startsWith("token 1: expected \"xxx").contains("...");
    }

    @Test
    void controlCharactersStayOnOneLineInTheDetail() {
      assertThat(rejects(tokens, "a", "a\u0000")).isEqualTo("token 1: expected \"a\" got \"a\\u0000\"");
    }
  }

  @Nested
  class YesNo {
    private final OutputChecker yesNo = OutputCheckers.yesNo();

    @ParameterizedTest
    @CsvSource({"YES,yes", "YES,Yes", "yes,YES", "NO,no", "No,nO", "Alice,ALICE"})
    void acceptsAnyCase(String expected, String actual) {
      accepts(yesNo, expected + "\n", actual);
    }

    @ParameterizedTest
    @CsvSource({"YES,no", "YES,Y", "YES,yes.", "NO,NOO", "YES,YES NO"})
    void rejectsOtherWords(String expected, String actual) {
      rejects(yesNo, expected, actual);
    }

    @Test
    void stillComparesEveryTokenInOrder() {
      accepts(yesNo, "YES\nNO\nYES\n", "yes no yes");
      assertThat(rejects(yesNo, "YES\nNO\nYES\n", "yes yes yes")).isEqualTo("token 2: expected \"NO\" got \"yes\"");
      assertThat(rejects(yesNo, "YES\nNO\n", "yes")).isEqualTo("output ends after 1 of 2 tokens");
    }
  }
}
