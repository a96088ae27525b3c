package dev.rlvr.grader.code.run;

import dev.rlvr.grader.code.run.harness.CandidateCall;
import dev.rlvr.grader.code.run.harness.Harnesses;
import dev.rlvr.grader.code.run.harness.PyEquality;
import dev.rlvr.grader.code.run.harness.PyValues;
import dev.rlvr.grader.code.tests.CallTest;
import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Program;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Call-based tests (APPS/TACO fn_name, LiveCodeBench functional, LeetCode's class Solution): one
 * sandbox run per test calls the function through a harness in the candidate's language, which
 * prints the return value as tagged JSON after a per-run nonce. The arguments go in; the expected
 * value never does: it is compared here, by {@link PyEquality}'s rules, so a return value that
 * claims to equal everything is only data once it crosses the wall. Harnesses exist for Python,
 * JavaScript and Java (compiled once per candidate, arguments on stdin); other languages fail each
 * test with SANDBOX_ERROR saying so.
 */
public final class CallRunner implements SuiteRunner {
  private final PyEquality defaultEquality;

  /** Exact comparison unless the suite's checker is {@code float} (then its tolerances). */
  public CallRunner() {
    this(PyEquality.exact());
  }

  /** @param defaultEquality the comparison for suites whose checker asks for none in particular */
  public CallRunner(PyEquality defaultEquality) {
    this.defaultEquality = defaultEquality;
  }

  @Override
  public List<TestOutcome> run(Program candidate, TestSuite suite, RunSettings settings) {
    PyEquality equality = equality(suite);
    Optional<Program> harness = Harnesses.call(candidate.language());
    return SuiteLoop.run(suite.tests().size(), settings, i -> {
      if (harness.isEmpty()) {
        return new TestOutcome(i, TestStatus.SANDBOX_ERROR, Duration.ZERO,
            "call-based tests are not supported for " + candidate.language().id());
      }
      return runOne(i, suite.tests().get(i), candidate, harness.get(), suite.functionName(), settings, equality);
    });
  }

  private PyEquality equality(TestSuite suite) {
    return suite.checker().filter(spec -> spec.kind() == CheckerSpec.Kind.FLOAT)
        .map(spec -> new PyEquality(spec.absoluteTolerance(), spec.relativeTolerance()))
        .orElse(defaultEquality);
  }

  private static TestOutcome runOne(int index, TestCase test, Program candidate, Program harness, String function,
      RunSettings settings, PyEquality equality) {
    if (!(test instanceof CallTest call)) {
      return new TestOutcome(index, TestStatus.SANDBOX_ERROR, Duration.ZERO, "not a call-based test: " + test);
    }
    if (function.isBlank()) {
      return new TestOutcome(index, TestStatus.SANDBOX_ERROR, Duration.ZERO, "the record names no function to call");
    }
    CandidateCall.Result result;
    try {
      result = CandidateCall.run(settings.sandbox(), settings.limits(), harness, candidate, function,
          PyValues.encode(call.arguments()), null);
    } catch (IllegalArgumentException e) {
      return new TestOutcome(index, TestStatus.SANDBOX_ERROR, Duration.ZERO, "arguments: " + e.getMessage());
    }
    return switch (result) {
      case CandidateCall.Failed failed -> new TestOutcome(index, failed.status(), failed.time(), failed.detail());
      case CandidateCall.Raised raised -> new TestOutcome(index, TestStatus.RUNTIME_ERROR, raised.time(),
          Outcomes.clip(raised.detail()));
      case CandidateCall.Returned returned -> judge(index, returned, call.expected(), equality);
    };
  }

  private static TestOutcome judge(int index, CandidateCall.Returned returned, Object expected, PyEquality equality) {
    Object value;
    try {
      value = PyValues.decode(returned.value());
    } catch (IllegalArgumentException e) {
      return new TestOutcome(index, TestStatus.MISSING_RESULT, returned.time(), "malformed result: " + e.getMessage());
    }
    if (equality.accepts(value, expected)) {
      return Outcomes.passed(index, returned.time());
    }
    return new TestOutcome(index, TestStatus.WRONG_ANSWER, returned.time(),
        Outcomes.clip("expected " + PyValues.repr(expected) + ", got " + PyValues.repr(value)));
  }
}
