package dev.rlvr.grader.code.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.grader.code.check.OutputChecker.Judgement;
import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Custom checkers run for real, in the bubblewrap sandbox. */
class CustomCheckerTest {
  /** Accepts any pair of numbers whose sum is the first number of the input (several valid answers). */
  private static final String SUM_CHECKER = """
      import sys
      target = int(open(sys.argv[1]).read().split()[0])
      reference = open("expected.txt").read().split()
      answer = open("actual.txt").read().split()
      if len(answer) != 2:
          print(f"expected 2 numbers, got {len(answer)}")
          sys.exit(1)
      a, b = map(int, answer)
      if a + b != target:
          print(f"{a} + {b} is not {target}")
          sys.exit(1)
      assert len(reference) == 2
      """;

  private static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(),
        () -> BwrapSandbox.unusableReason().orElse("") + ": custom checkers run only in the sandbox");
    sandbox = Sandboxes.create("bwrap", SandboxSettings.defaults(), true);
  }

  @AfterAll
  static void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static OutputChecker checker(String program) {
    return OutputCheckers.of(new CheckerSpec(CheckerSpec.Kind.CUSTOM, 0, 0, program, "python"), sandbox);
  }

  @Test
  void acceptsEveryValidAnswerNotOnlyTheReferenceOne() {
    OutputChecker sum = checker(SUM_CHECKER);
    assertThat(sum.check("10\n", "3 7\n", "3 7\n").accepted()).isTrue();
    assertThat(sum.check("10\n", "3 7\n", "9 1").accepted()).isTrue();
    assertThat(sum.check("10\n", "3 7\n", "-5\n15\n").accepted()).isTrue();
  }

  @Test
  void rejectsWithTheFirstLineTheCheckerPrinted() {
    OutputChecker sum = checker(SUM_CHECKER);
    assertThat(sum.check("10\n", "3 7\n", "4 7\n")).isEqualTo(Judgement.reject("4 + 7 is not 10"));
    assertThat(sum.check("10\n", "3 7\n", "")).isEqualTo(Judgement.reject("expected 2 numbers, got 0"));
  }

  @Test
  void aCheckerThatCrashesRejectsWithItsException() {
    Judgement judgement = checker(SUM_CHECKER).check("10\n", "3 7\n", "three seven");
    assertThat(judgement.accepted()).isFalse();
    assertThat(judgement.detail()).startsWith("checker crashed: ValueError");
  }

  @Test
  void theExitStatusDecidesNotTheOutput() {
    Judgement judgement = checker("print('ok')\nraise SystemExit(3)\n").check("", "", "");
    assertThat(judgement).isEqualTo(Judgement.reject("ok"));
    assertThat(checker("import sys\nsys.stderr.write('bad\\n')\nsys.exit(1)\n").check("", "", ""))
        .isEqualTo(Judgement.reject("bad"));
    assertThat(checker("import sys\nsys.exit(1)\n").check("", "", ""))
        .isEqualTo(Judgement.reject("rejected by the checker (exit 1)"));
    assertThat(checker("print('WRONG ANSWER?')\n").check("", "", "").accepted()).isTrue();
  }

  @Test
  void aCheckerThatRunsOutOfTimeRejectsAndSaysSo() {
    OutputChecker slow = OutputCheckers.of(new CheckerSpec(CheckerSpec.Kind.CUSTOM, 0, 0, "while True: pass\n",
        "python"), sandbox, Limits.DEFAULT.withTime(Duration.ofMillis(500)));
    Judgement judgement = slow.check("", "", "");
    assertThat(judgement.accepted()).isFalse();
    assertThat(judgement.detail()).startsWith("checker failed (timeout)");
    assertThat(judgement.checkerFailed()).as("a checker that cannot judge says nothing about the program").isTrue();
  }

  @Test
  void theCheckerSeesTheThreeFilesByNameAndInArgumentOrder() {
    String program = """
        import sys
        names = sys.argv[1:]
        texts = [open(n).read() for n in names]
        ok = names == ["input.txt", "expected.txt", "actual.txt"] and texts == ["in\\n", "exp\\n", "act\\n"]
        sys.exit(0 if ok else 1)
        """;
    assertThat(checker(program).check("in\n", "exp\n", "act\n").accepted()).isTrue();
    assertThat(checker(program).check("in\n", "act\n", "exp\n").accepted()).isFalse();
  }

  @Test
  void aSpecWithoutAProgramIsRefused() {
    assertThatThrownBy(() -> checker(" \n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no program");
  }
}
