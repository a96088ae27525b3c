package dev.rlvr.grader.code.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The loop every runner shares: one test after another, stopping early (NOT_RUN for the rest)
 * at the first failure under all-or-nothing, when the total time is spent, or when the grade is
 * cancelled; a compile error fails every test without running any.
 */
public final class SuiteLoop {
  private SuiteLoop() {}

  /**
   * @param count tests in the suite
   * @param settings stop rules and budgets
   * @param oneTest runs test i and says how it went
   * @return one outcome per test, in order
   */
  public static List<TestOutcome> run(int count, RunSettings settings, IntFunction<TestOutcome> oneTest) {
    List<TestOutcome> outcomes = new ArrayList<>(count);
    long deadline = System.nanoTime() + settings.totalTime().toNanos();
    TestOutcome stopper = null;
    for (int i = 0; i < count; i++) {
      if (stopper != null && stopper.status() == TestStatus.COMPILE_ERROR) {
        outcomes.add(new TestOutcome(i, TestStatus.COMPILE_ERROR, Duration.ZERO, "did not compile"));
      } else if (stopper != null) {
        outcomes.add(TestOutcome.notRun(i, "stopped after test " + (stopper.index() + 1) + " failed"));
      } else if (settings.cancelled().getAsBoolean()) {
        outcomes.add(TestOutcome.notRun(i, "the grade was cancelled"));
      } else if (System.nanoTime() > deadline) {
        outcomes.add(TestOutcome.notRun(i, "total time limit of " + settings.totalTime().toMillis() + " ms spent"));
      } else {
        TestOutcome outcome = oneTest.apply(i);
        outcomes.add(outcome);
        boolean compileError = outcome.status() == TestStatus.COMPILE_ERROR;
        if (compileError || settings.stopAtFirstFailure() && !outcome.status().passed()) {
          stopper = outcome;
        }
      }
    }
    return outcomes;
  }
}
