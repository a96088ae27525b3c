package dev.rlvr.grader.code.check;

import static dev.rlvr.grader.code.check.Judgements.accepts;
import static dev.rlvr.grader.code.check.Judgements.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LineCheckerTest {

  @Nested
  class Lines {
    private final OutputChecker lines = OutputCheckers.lines();

    @Test
    void trailingWhitespaceAndTheFinalNewlineAreIgnored() {
      accepts(lines, "1 2\n3\n", "1 2\n3\n");
      accepts(lines, "1 2\n3\n", "1 2   \n3\t");
      accepts(lines, "1 2\n3\n", "1 2\r\n3\r\n\r\n\n");
      accepts(lines, "1 2\n3", "1 2\n3\n");
      accepts(lines, "", "\n\n");
    }

    @Test
    void leadingWhitespaceAndSpacingInsideALineCount() {
      assertThat(rejects(lines, "1 2\n", " 1 2\n")).isEqualTo("line 1: expected \"1 2\" got \" 1 2\"");
      assertThat(rejects(lines, "1 2\n", "1  2\n")).isEqualTo("line 1: expected \"1 2\" got \"1  2\"");
    }

    @Test
    void tokensMovedToOtherLinesFail() {
      assertThat(rejects(lines, "1 2\n3\n", "1\n2 3\n")).isEqualTo("line 1: expected \"1 2\" got \"1\"");
    }

    @Test
    void blankLinesInTheMiddleCount() {
      assertThat(rejects(lines, "1\n2\n", "1\n\n2\n")).isEqualTo("line 2: expected \"2\" got \"\"");
    }

    @Test
    void aPrefixOfTheLinesFails() {
      assertThat(rejects(lines, "1\n2\n3\n", "1\n2\n")).isEqualTo("output ends after 2 of 3 lines");
      assertThat(rejects(lines, "1\n2\n3\n", "")).isEqualTo("empty output, expected 3 lines");
    }

    @Test
    void extraLinesFail() {
      assertThat(rejects(lines, "1\n", "1\n2\n")).isEqualTo("extra output at line 2: \"2\"");
    }

    @Test
    void aChangedLineIsNamed() {
      assertThat(rejects(lines, "1\n2\n5\n", "1\n2\n6\n")).isEqualTo("line 3: expected \"5\" got \"6\"");
    }
  }

  @Nested
  class Exact {
    private final OutputChecker exact = OutputCheckers.exact();

    @Test
    void acceptsTheSameTextAndWindowsLineEnds() {
      accepts(exact, "1 2\n3\n", "1 2\n3\n");
      accepts(exact, "1 2\n3\n", "1 2\r\n3\r\n");
      accepts(exact, "", "");
    }

    @Test
    void trailingWhitespaceCounts() {
      assertThat(rejects(exact, "1 2\n", "1 2 \n")).isEqualTo("line 1: expected \"1 2\" got \"1 2 \"");
      assertThat(rejects(exact, "5\n", "5")).isEqualTo("missing \"\\n\" at the end");
      assertThat(rejects(exact, "5\n", "5\n\n")).isEqualTo("extra \"\\n\" at the end");
      assertThat(rejects(exact, "5\n", "5\n ")).isEqualTo("extra \" \" at the end");
    }

    @Test
    void aLoneCarriageReturnIsNotALineEnd() {
      rejects(exact, "1\n2\n", "1\r2\n");
    }

    @Test
    void prefixesExtrasAndChangesFail() {
      assertThat(rejects(exact, "1\n2\n3\n", "1\n2\n")).isEqualTo("output ends after 2 of 3 lines, missing \"3\\n\"");
      assertThat(rejects(exact, "1\n", "1\n2\n")).isEqualTo("extra output after 1 line: \"2\\n\"");
      assertThat(rejects(exact, "1\n22\n", "1\n23\n")).isEqualTo("line 2: expected \"22\" got \"23\"");
      assertThat(rejects(exact, "1\n2\n5\n", "1\n2\n6\n")).isEqualTo("line 3: expected \"5\" got \"6\"");
      assertThat(rejects(exact, "7\n", "")).isEqualTo("empty output, expected \"7\\n\"");
    }
  }
}
