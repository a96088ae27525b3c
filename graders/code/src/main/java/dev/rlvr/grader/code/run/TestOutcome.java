package dev.rlvr.grader.code.run;

import java.time.Duration;

/**
 * What happened to one test.
 *
 * @param index the test's position in the suite, from 0
 * @param status how it ended
 * @param time the program's wall time for this test
 * @param detail a short explanation: the first difference of expected and actual, the error line
 */
public record TestOutcome(int index, TestStatus status, Duration time, String detail) {
  public TestOutcome {
    time = time == null ? Duration.ZERO : time;
    detail = detail == null ? "" : detail;
  }

  public static TestOutcome notRun(int index, String why) {
    return new TestOutcome(index, TestStatus.NOT_RUN, Duration.ZERO, why);
  }
}
