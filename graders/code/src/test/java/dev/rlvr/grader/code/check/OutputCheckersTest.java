package dev.rlvr.grader.code.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.grader.code.tests.CheckerSpec.Kind;
import org.junit.jupiter.api.Test;

class OutputCheckersTest {

  /** One output pair per kind that only that kind (and those looser than it) accepts. */
  @Test
  void eachSpecGivesItsComparison() {
    assertThat(accepts(Kind.EXACT, "1 2\n", "1 2 \n")).isFalse();
    assertThat(accepts(Kind.LINES, "1 2\n", "1 2 \n")).isTrue();
    assertThat(accepts(Kind.LINES, "1 2\n", "1\n2\n")).isFalse();
    assertThat(accepts(Kind.TOKENS, "1 2\n", "1\n2\n")).isTrue();
    assertThat(accepts(Kind.TOKENS, "0.5\n", "0.5000001")).isFalse();
    assertThat(accepts(Kind.FLOAT, "0.5\n", "0.5000001")).isTrue();
    assertThat(accepts(Kind.FLOAT, "YES\n", "yes")).isFalse();
    assertThat(accepts(Kind.YES_NO, "YES\n", "yes")).isTrue();
  }

  @Test
  void noSpecMeansTokens() {
    OutputChecker checker = OutputCheckers.of(null, null);
    assertThat(checker.check("", "1 2", "1\n2\n").accepted()).isTrue();
    assertThat(checker.check("", "1 2", "1\n").accepted()).isFalse();
  }

  @Test
  void theSpecsToleranceIsUsed() {
    OutputChecker loose = OutputCheckers.of(new CheckerSpec(Kind.FLOAT, 1e-2, 0, "", "python"), null);
    assertThat(loose.check("", "0.5", "0.51").accepted()).isTrue();
    assertThat(loose.check("", "0.5", "0.52").accepted()).isFalse();
  }

  @Test
  void aCustomCheckerNeedsASandboxAndAProgram() {
    assertThatThrownBy(() -> OutputCheckers.of(new CheckerSpec(Kind.CUSTOM, 0, 0, "import sys", "python"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sandbox");
  }

  private static boolean accepts(Kind kind, String expected, String actual) {
    return OutputCheckers.of(CheckerSpec.of(kind), null).check("", expected, actual).accepted();
  }
}
