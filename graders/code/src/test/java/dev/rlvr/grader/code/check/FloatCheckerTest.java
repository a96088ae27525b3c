package dev.rlvr.grader.code.check;

import static dev.rlvr.grader.code.check.Judgements.accepts;
import static dev.rlvr.grader.code.check.Judgements.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.code.tests.CheckerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatCheckerTest {
  private final OutputChecker floats = OutputCheckers.of(CheckerSpec.of(CheckerSpec.Kind.FLOAT), null);

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "0.5, 0.5000001", "0.5, 0.4999990", "1, 1.000001", "1, 0.999999", "0, 0.000001", "0, -0.000001",
      "3.14159265, 3.141593", "1000000, 1000001", "1e9, 1000000999", "2, 2.0", "0.1, 1e-1", "-0, 0",
      "1.5e-300, 0", "nan, NaN", "inf, Infinity", "-inf, -INF", "123456789012, 123456789012.0001"})
  void numbersWithinTheDefaultToleranceAreEqual(String expected, String actual) {
    accepts(floats, expected, actual);
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
      "0.5, 0.55", "1, 1.0000011", "1, 0.9999989", "0, 0.0000011", "3.14159265, 3.1416", "1000000, 1000002",
      "1e9, 1000001001", "nan, 0", "0, nan", "inf, 1e308", "inf, -inf", "1, one", "0.5, .5.", "1, 0x1p0",
      "1, 1d", "2, 2f", "1e400, 1e401"})
  void numbersOutsideTheToleranceOrNotNumbersDiffer(String expected, String actual) {
    rejects(floats, expected, actual);
  }

  @Test
  void theAbsoluteToleranceBoundaryIsInclusive() {
    OutputChecker loose = OutputCheckers.floats(1e-3, 0);
    accepts(loose, "10", "10.001");
    accepts(loose, "10", "9.999");
    rejects(loose, "10", "10.0011");
    rejects(loose, "10", "9.9989");
  }

  @Test
  void theRelativeToleranceScalesWithTheExpectedValue() {
    OutputChecker relative = OutputCheckers.floats(0, 1e-4);
    accepts(relative, "1000000", "1000100");
    rejects(relative, "1000000", "1000101");
    accepts(relative, "0.001", "0.0010001");
    rejects(relative, "0.001", "0.0010002");
    rejects(relative, "0", "0.0000001");
  }

  @Test
  void eitherToleranceIsEnough() {
    OutputChecker both = OutputCheckers.floats(1e-6, 1e-6);
    accepts(both, "1e12", "1000000000500");
    accepts(both, "1e-12", "5e-7");
    rejects(both, "1e-12", "2e-6");
  }

  @Test
  void wordsBesideNumbersMustMatchExactly() {
    accepts(floats, "Case #1: 0.333333", "Case #1: 0.3333333");
    assertThat(rejects(floats, "Case #1: 0.333333", "case #1: 0.333333")).isEqualTo(
        "token 1: expected \"Case\" got \"case\"");
  }

  @Test
  void tokenCountsMustMatch() {
    assertThat(rejects(floats, "0.5 0.25", "0.5")).isEqualTo("output ends after 1 of 2 tokens");
    assertThat(rejects(floats, "0.5", "0.5 0.25")).isEqualTo("extra output after 1 token: \"0.25\"");
    assertThat(rejects(floats, "0.5", "")).isEqualTo("empty output, expected 1 token");
  }

  @Test
  void theDetailNamesTheNumbers() {
    assertThat(rejects(floats, "1 2 3 4 5 6 0.5", "1 2 3 4 5 6 0.55")).isEqualTo(
        "token 7: expected \"0.5\" got \"0.55\"");
  }

  @Test
  void badTolerancesFallBackToTheDefault() {
    OutputChecker checker = OutputCheckers.floats(Double.NaN, -1);
    accepts(checker, "1", "1.000001");
    rejects(checker, "1", "1.00001");
  }
}
