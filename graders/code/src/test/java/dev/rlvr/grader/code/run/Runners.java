package dev.rlvr.grader.code.run;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.grader.code.check.OutputChecker;
import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the runner tests share: one bwrap sandbox per test class, short limits, suites. */
final class Runners {
  static final Limits LIMITS = Limits.DEFAULT.withTime(Duration.ofSeconds(3));

  private Runners() {}

  /** Skips (with the reason) where bubblewrap is missing. */
  static Sandbox sandbox() {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(), () -> BwrapSandbox.unusableReason().orElse(""));
    return Sandboxes.create("bwrap", SandboxSettings.defaults(), true);
  }

  static RunSettings settings(Sandbox sandbox) {
    OutputChecker unused = (input, expected, actual) -> OutputChecker.Judgement.reject("not a stdio suite");
    return new RunSettings(sandbox, LIMITS, false, Duration.ofSeconds(60), unused, () -> false);
  }

  static TestSuite suite(TestStyle style, String function, List<TestCase> tests) {
    return new TestSuite(style, tests, function, "", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  static TestSuite suite(TestStyle style, String function, String setup, Optional<CheckerSpec> checker,
      List<TestCase> tests) {
    return new TestSuite(style, tests, function, setup, checker, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static List<TestStatus> statuses(List<TestOutcome> outcomes) {
    return outcomes.stream().map(TestOutcome::status).toList();
  }
}
