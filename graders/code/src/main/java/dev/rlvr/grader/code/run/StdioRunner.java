package dev.rlvr.grader.code.run;

import dev.rlvr.grader.code.check.OutputChecker;
import dev.rlvr.grader.code.tests.StdioTest;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Program;
import java.util.List;

/**
 * Stdin/stdout tests: the program reads the input and its output is judged by the suite's
 * checker here, outside the sandbox. Only the input goes in.
 */
public final class StdioRunner implements SuiteRunner {

  @Override
  public List<TestOutcome> run(Program candidate, TestSuite suite, RunSettings settings) {
    return SuiteLoop.run(suite.tests().size(), settings, i -> runOne(i, candidate, suite.tests().get(i), settings));
  }

  private static TestOutcome runOne(int index, Program candidate, TestCase test, RunSettings settings) {
    if (!(test instanceof StdioTest stdio)) {
      return new TestOutcome(index, TestStatus.SANDBOX_ERROR, null, "not a stdin/stdout test: " + test);
    }
    Execution execution = settings.sandbox().run(candidate, Input.ofStdin(stdio.input()), settings.limits());
    if (!execution.ok()) {
      return Outcomes.failed(index, execution);
    }
    OutputChecker.Judgement judgement = settings.checker().check(stdio.input(), stdio.expectedOutput(),
        execution.stdout());
    if (judgement.checkerFailed()) {
      return new TestOutcome(index, TestStatus.SANDBOX_ERROR, execution.wallTime(), judgement.detail());
    }
    return judgement.accepted()
        ? Outcomes.passed(index, execution.wallTime())
        : new TestOutcome(index, TestStatus.WRONG_ANSWER, execution.wallTime(), Outcomes.clip(judgement.detail()));
  }
}
