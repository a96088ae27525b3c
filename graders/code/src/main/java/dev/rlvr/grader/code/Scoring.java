package dev.rlvr.grader.code;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.grader.code.run.TestOutcome;
import dev.rlvr.grader.code.run.TestStatus;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.sandbox.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns test outcomes into the reward: the fraction passed, or 1/0 under all-or-nothing, with a
 * verdict that says why, and details listing every test (the first failures with their diff).
 */
final class Scoring {
  /** Failures whose detail (diff, error line) is kept; the rest list status and time only. */
  private static final int DETAILED_FAILURES = 3;

  private Scoring() {}

  static Score score(List<TestOutcome> outcomes, boolean allOrNothing, Language language, TestStyle style) {
    int total = outcomes.size();
    long passed = outcomes.stream().filter(o -> o.status().passed()).count();
    Score score = judge(outcomes, passed, total, allOrNothing);
    return score.withDetail("language", language.id())
        .withDetail("style", style.name().toLowerCase(Locale.ROOT))
        .withDetail("passed", passed)
        .withDetail("total", total)
        .withDetail("tests", details(outcomes));
  }

  private static Score judge(List<TestOutcome> outcomes, long passed, int total, boolean allOrNothing) {
    String summary = passed + "/" + total + " tests passed";
    if (total == 0) {
      return Score.error(Verdict.INVALID_INPUT, "the reference has no tests");
    }
    for (TestOutcome outcome : outcomes) {
      if (outcome.status() == TestStatus.SANDBOX_ERROR) {
        return Score.error(Verdict.INTERNAL_ERROR, "the sandbox failed on test " + (outcome.index() + 1) + ": "
            + outcome.detail());
      }
    }
    if (passed == total) {
      return Score.correct(summary);
    }
    TestOutcome first = outcomes.stream().filter(o -> !o.status().passed()).findFirst().orElseThrow();
    String why = summary + "; test " + (first.index() + 1) + " " + describe(first);
    if (first.status() == TestStatus.COMPILE_ERROR) {
      return Score.of(0.0, Verdict.COMPILE_ERROR, "did not compile: " + first.detail());
    }
    if (passed > 0 && !allOrNothing) {
      return Score.partial((double) passed / total, why);
    }
    boolean allCrashed = outcomes.stream().allMatch(o -> o.status() == TestStatus.RUNTIME_ERROR
        || o.status() == TestStatus.NOT_RUN);
    return Score.of(0.0, allCrashed && passed == 0 ? Verdict.RUNTIME_ERROR : Verdict.INCORRECT, why);
  }

  private static String describe(TestOutcome outcome) {
    String status = outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return outcome.detail().isEmpty() ? status : status + ": " + outcome.detail();
  }

  private static List<Map<String, Object>> details(List<TestOutcome> outcomes) {
    List<Map<String, Object>> tests = new ArrayList<>(outcomes.size());
    int detailed = 0;
    for (TestOutcome outcome : outcomes) {
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("status", outcome.status().name());
      test.put("time_ms", outcome.time().toMillis());
      if (!outcome.status().passed() && outcome.status() != TestStatus.NOT_RUN && detailed < DETAILED_FAILURES
          && !outcome.detail().isEmpty()) {
        test.put("detail", outcome.detail());
        detailed++;
      }
      tests.add(test);
    }
    return tests;
  }
}
