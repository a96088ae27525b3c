package dev.rlvr.grader.code.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.code.check.OutputChecker;
import dev.rlvr.grader.code.check.OutputCheckers;
import dev.rlvr.grader.code.tests.StdioTest;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The stdin/stdout runner against a scripted sandbox: what goes in, and how each ending is told apart. */
class StdioRunnerTest {
  private static final Program PROGRAM = Program.of(Language.PYTHON, "print(input())");

  /** A sandbox that answers from a script and remembers every input it was given. */
  private static final class ScriptedSandbox implements Sandbox {
    final List<String> inputs = new ArrayList<>();
    final Function<String, Execution> script;

    ScriptedSandbox(Function<String, Execution> script) {
      this.script = script;
    }

    @Override
    public String name() {
      return "scripted";
    }

    @Override
    public Execution run(Program program, Input input, Limits limits) {
      assertThat(program).isEqualTo(PROGRAM);
      String stdin = new String(input.stdin(), StandardCharsets.UTF_8);
      inputs.add(stdin);
      return script.apply(stdin);
    }

    @Override
    public boolean supports(Language language) {
      return true;
    }

    @Override
    public void close() {}
  }

  private static Execution printed(String stdout) {
    return new Execution(Status.OK, 0, 0, stdout, "", Duration.ofMillis(3), Duration.ZERO, 0, "");
  }

  private static Execution ended(Status status, String message) {
    return new Execution(status, 1, 0, "", "Traceback...\nValueError: bad", Duration.ofMillis(3), Duration.ZERO, 0,
        message);
  }

  private static TestSuite suite(String... pairs) {
    List<dev.rlvr.grader.code.tests.TestCase> tests = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      tests.add(new StdioTest(pairs[i], pairs[i + 1]));
    }
    return new TestSuite(TestStyle.STDIO, tests, "", "", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  private static RunSettings settings(Sandbox sandbox, boolean allOrNothing, OutputChecker checker) {
    return new RunSettings(sandbox, Limits.DEFAULT, allOrNothing, Duration.ofSeconds(60), checker, () -> false);
  }

  @Test
  void onlyTheInputEntersAndTheOutputIsJudgedHere() {
    ScriptedSandbox sandbox = new ScriptedSandbox(in -> printed(in.equals("1\n") ? "1\n" : "wrong\n"));
    List<TestOutcome> outcomes = new StdioRunner().run(PROGRAM, suite("1\n", "1\n", "2\n", "SECRET-EXPECTED\n"),
        settings(sandbox, false, OutputCheckers.tokens()));
    assertThat(sandbox.inputs).containsExactly("1\n", "2\n");
    assertThat(outcomes).extracting(TestOutcome::status).containsExactly(TestStatus.PASSED, TestStatus.WRONG_ANSWER);
    assertThat(outcomes.get(1).detail()).contains("SECRET-EXPECTED").contains("wrong");
  }

  @Test
  void eachEndingKeepsItsStatus() {
    ScriptedSandbox sandbox = new ScriptedSandbox(in -> switch (in) {
      case "t\n" -> ended(Status.TIMEOUT, "CPU time limit of 5 s passed");
      case "m\n" -> ended(Status.MEMORY_LIMIT, "");
      case "o\n" -> ended(Status.OUTPUT_LIMIT, "");
      case "r\n" -> ended(Status.RUNTIME_ERROR, "exit status 1");
      case "k\n" -> ended(Status.KILLED, "killed by SIGSEGV");
      default -> ended(Status.SANDBOX_ERROR, "bwrap failed");
    });
    List<TestOutcome> outcomes = new StdioRunner().run(PROGRAM,
        suite("t\n", "", "m\n", "", "o\n", "", "r\n", "", "k\n", "", "s\n", ""),
        settings(sandbox, false, OutputCheckers.tokens()));
    assertThat(outcomes).extracting(TestOutcome::status).containsExactly(TestStatus.TIMEOUT, TestStatus.MEMORY_LIMIT,
        TestStatus.OUTPUT_LIMIT, TestStatus.RUNTIME_ERROR, TestStatus.RUNTIME_ERROR, TestStatus.SANDBOX_ERROR);
    assertThat(outcomes.get(3).detail()).contains("ValueError: bad");
  }

  @Test
  void allOrNothingStopsAtTheFirstFailure() {
    ScriptedSandbox sandbox = new ScriptedSandbox(in -> printed("x\n"));
    List<TestOutcome> outcomes = new StdioRunner().run(PROGRAM, suite("1\n", "x\n", "2\n", "y\n", "3\n", "x\n"),
        settings(sandbox, true, OutputCheckers.tokens()));
    assertThat(sandbox.inputs).hasSize(2);
    assertThat(outcomes).extracting(TestOutcome::status)
        .containsExactly(TestStatus.PASSED, TestStatus.WRONG_ANSWER, TestStatus.NOT_RUN);
  }

  @Test
  void aCompileErrorFailsEveryTestWithoutRunningThem() {
    ScriptedSandbox sandbox = new ScriptedSandbox(in -> ended(Status.COMPILE_ERROR, "compilation failed"));
    List<TestOutcome> outcomes = new StdioRunner().run(PROGRAM, suite("1\n", "1\n", "2\n", "2\n", "3\n", "3\n"),
        settings(sandbox, false, OutputCheckers.tokens()));
    assertThat(sandbox.inputs).hasSize(1);
    assertThat(outcomes).extracting(TestOutcome::status).containsOnly(TestStatus.COMPILE_ERROR);
  }

  @Test
  void aCheckerThatCannotJudgeIsNotAWrongAnswer() {
    ScriptedSandbox sandbox = new ScriptedSandbox(in -> printed("1\n"));
    OutputChecker broken = (input, expected, actual) -> OutputChecker.Judgement.checkerFailure("checker failed (timeout)");
    List<TestOutcome> outcomes = new StdioRunner().run(PROGRAM, suite("1\n", "1\n"), settings(sandbox, false, broken));
    assertThat(outcomes.get(0).status()).isEqualTo(TestStatus.SANDBOX_ERROR);
  }

  @Test
  void aCancelledGradeStartsNoMoreTests() {
    ScriptedSandbox sandbox = new ScriptedSandbox(in -> printed("1\n"));
    RunSettings cancelled = new RunSettings(sandbox, Limits.DEFAULT, false, Duration.ofSeconds(60),
        OutputCheckers.tokens(), () -> sandbox.inputs.size() >= 1);
    List<TestOutcome> outcomes = new StdioRunner().run(PROGRAM, suite("1\n", "1\n", "1\n", "1\n"), cancelled);
    assertThat(outcomes).extracting(TestOutcome::status).containsExactly(TestStatus.PASSED, TestStatus.NOT_RUN);
    assertThat(outcomes.get(1).detail()).contains("cancelled");
  }
}
