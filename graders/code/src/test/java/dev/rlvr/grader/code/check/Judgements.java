package dev.rlvr.grader.code.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.code.check.OutputChecker.Judgement;

/** Assertions on a checker's judgement that show the texts when they fail. */
final class Judgements {
  private Judgements() {}

  static void accepts(OutputChecker checker, String expected, String actual) {
    Judgement judgement = checker.check("", expected, actual);
    assertThat(judgement.accepted()).as("expected %s to accept %s for %s (%s)", checker.getClass().getSimpleName(),
        show(actual), show(expected), judgement.detail()).isTrue();
    assertThat(judgement.detail()).isEmpty();
  }

  /** Rejects, and returns the detail for further checks. */
  static String rejects(OutputChecker checker, String expected, String actual) {
    Judgement judgement = checker.check("", expected, actual);
    assertThat(judgement.accepted()).as("expected %s to reject %s for %s", checker.getClass().getSimpleName(),
        show(actual), show(expected)).isFalse();
    assertThat(judgement.detail()).isNotBlank().hasSizeLessThanOrEqualTo(Details.MAX_DETAIL).doesNotContain("\n");
    return judgement.detail();
  }

  private static String show(String text) {
    return Details.quote(text);
  }
}
