package dev.rlvr.grader.code.run;

import static dev.rlvr.grader.code.run.Runners.statuses;
import static dev.rlvr.grader.code.run.TestStatus.COMPILE_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.MISSING_RESULT;
import static dev.rlvr.grader.code.run.TestStatus.PASSED;
import static dev.rlvr.grader.code.run.TestStatus.RUNTIME_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.SANDBOX_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.WRONG_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.code.tests.CallTest;
import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallRunnerTest extends SandboxTest {
  private final CallRunner runner = new CallRunner();

  /** APPS stores fn_name outputs wrapped in a list; one of these three expects a tuple. */
  private static final TestSuite APPS = Runners.suite(TestStyle.CALL, "min_max", List.<TestCase>of(
      new CallTest(List.of(List.of(3, 1, 2)), List.of(List.of(1, 3))),
      new CallTest(List.of(List.of(5)), List.of(List.of(5, 5))),
      new CallTest(List.of(List.of(-1, 7)), List.of(List.of(-1, 7)))));

  private List<TestStatus> run(Language language, String source, TestSuite suite) {
    List<TestOutcome> outcomes = runner.run(Program.of(language, source), suite, Runners.settings(sandbox));
    assertThat(outcomes).hasSize(suite.tests().size());
    return statuses(outcomes);
  }

  private List<TestStatus> python(String source) {
    return run(Language.PYTHON, source, APPS);
  }

  @Test
  void appsStyleCorrectPartialAndWrong() {
    assertThat(python("def min_max(xs):\n    return (min(xs), max(xs))")).containsOnly(PASSED);
    assertThat(python("def min_max(xs):\n    return [xs[0], xs[-1]] if len(xs) > 1 else [xs[0], xs[0]]"))
        .containsExactly(WRONG_ANSWER, PASSED, PASSED);
    assertThat(python("def min_max(xs):\n    return max(xs), min(xs)")).containsExactly(WRONG_ANSWER, PASSED,
        WRONG_ANSWER);
  }

  @Test
  void wrongAnswerDetailShowsBothValues() {
    List<TestOutcome> outcomes = runner.run(Program.of(Language.PYTHON, "def min_max(xs):\n    return {1: 'a'}"),
        APPS, Runners.settings(sandbox));
    assertThat(outcomes.get(0).detail()).contains("expected [[1, 3]]").contains("got {1: 'a'}");
  }

  @Test
  void leetCodeClassSolutionWithTypingHints() {
    TestSuite suite = Runners.suite(TestStyle.CALL, "twoSum", List.<TestCase>of(
        new CallTest(List.of(List.of(2, 7, 11, 15), 9), List.of(0, 1)),
        new CallTest(List.of(List.of(3, 2, 4), 6), List.of(1, 2)),
        new CallTest(List.of(List.of(3, 3), 6), List.of(0, 1))));
    String correct = """
        class Solution:
            def twoSum(self, nums: List[int], target: int) -> List[int]:
                seen = {}
                for i, x in enumerate(nums):
                    if target - x in seen:
                        return [seen[target - x], i]
                    seen[x] = i
        """;
    String firstPairOnly = """
        class Solution:
            def twoSum(self, nums: List[int], target: int) -> List[int]:
                return [0, 1]
        """;
    assertThat(run(Language.PYTHON, correct, suite)).containsOnly(PASSED);
    assertThat(run(Language.PYTHON, firstPairOnly, suite)).containsExactly(PASSED, WRONG_ANSWER, PASSED);
  }

  @Test
  void floatsExactUnlessTheRecordAsksForATolerance() {
    List<TestCase> tests = List.of(new CallTest(List.of(1, 3), new BigDecimal("0.3333333")));
    String divide = "def div(a, b):\n    return a / b";
    assertThat(run(Language.PYTHON, divide, Runners.suite(TestStyle.CALL, "div", tests))).containsExactly(WRONG_ANSWER);
    TestSuite loose = Runners.suite(TestStyle.CALL, "div", "", Optional.of(CheckerSpec.of(CheckerSpec.Kind.FLOAT)),
        tests);
    assertThat(run(Language.PYTHON, divide, loose)).containsExactly(PASSED);
  }

  @Test
  void dictArgumentsAndResultsRoundTrip() {
    TestSuite suite = Runners.suite(TestStyle.CALL, "count", List.<TestCase>of(
        new CallTest(List.of("abca"), Map.of("a", 2, "b", 1, "c", 1)),
        new CallTest(List.of(Map.of("x", List.of(1, 2))), null)));
    String source = "def count(s):\n    return dict(collections.Counter(s)) if isinstance(s, str) else None";
    assertThat(run(Language.PYTHON, source, suite)).containsExactly(PASSED, PASSED);
  }

  @Test
  void errorsGetTheirOwnVerdicts() {
    assertThat(python("def min_max(xs):\n    raise ValueError('no')")).containsOnly(RUNTIME_ERROR);
    assertThat(python("def min_max(xs) return 1")).containsOnly(COMPILE_ERROR);
    assertThat(python("def other(xs):\n    return 1")).containsOnly(RUNTIME_ERROR);
  }

  /** Values whose == always answers true: each is rejected before any comparison. */
  @ParameterizedTest
  @ValueSource(strings = {
      "class Any:\n    def __eq__(self, other): return True\n    def __ne__(self, other): return False\n"
          + "def min_max(xs): return Any()",
      "class Int(int):\n    def __eq__(self, other): return True\ndef min_max(xs): return Int(1)",
      "class L(list):\n    def __eq__(self, other): return True\ndef min_max(xs): return L([0])",
      "class S(str):\n    def __eq__(self, other): return True\ndef min_max(xs): return S('x')",
      "class Any:\n    def __eq__(self, other): return True\ndef min_max(xs): return [Any(), Any()]",
      "class Any:\n    def __eq__(self, other): return True\n    __hash__ = object.__hash__\n"
          + "def min_max(xs): return {'k': Any()}",
      "class Meta(type):\n    def __eq__(cls, other): return True\n    __hash__ = type.__hash__\n"
          + "class T(tuple, metaclass=Meta): pass\ndef min_max(xs): return T((1, 3))",
  })
  void alwaysEqualValuesFail(String source) {
    List<TestOutcome> outcomes = runner.run(Program.of(Language.PYTHON, source), APPS, Runners.settings(sandbox));
    assertThat(statuses(outcomes)).containsOnly(WRONG_ANSWER);
    assertThat(outcomes.get(0).detail()).contains("not plain data");
  }

  /** Exits before the harness prints, and forged result lines: no result, or a wrong one. */
  @ParameterizedTest
  @ValueSource(strings = {
      "import os\ndef min_max(xs):\n    os._exit(0)",
      "import os\nos._exit(0)",
      "exit(0)",
      "import sys\nsys.exit = lambda *a: None\nos_exit = __import__('os')._exit\ndef min_max(xs):\n"
          + "    print('[[1, 3]]'); os_exit(0)",
      "import os\ndef min_max(xs):\n    print('RESULT [[1, 3]]'); print('0 R [[1,3]]'); os._exit(0)",
      "import os\ndef min_max(xs):\n    print(open('/proc/self/fd/0').read() + ' R [[1,3]]'); os._exit(0)",
  })
  void earlyExitsAndForgedLinesFail(String source) {
    assertThat(python(source)).doesNotContain(PASSED).isSubsetOf(MISSING_RESULT, WRONG_ANSWER, RUNTIME_ERROR);
  }

  /** The nonce is no secret from code in the same process: a forged line still carries only a guess. */
  @Test
  void aLineForgedWithTheRealNonceIsStillJustAGuess() {
    String source = """
        import sys, os
        def min_max(xs):
            report = sys._getframe(1).f_locals['report']
            nonce = [c.cell_contents for c in report.__closure__ if isinstance(c.cell_contents, bytes)][0].decode()
            print('\\n' + nonce + ' R [99, 99]', flush=True)
            os._exit(0)
        """;
    List<TestOutcome> outcomes = runner.run(Program.of(Language.PYTHON, source), APPS, Runners.settings(sandbox));
    assertThat(statuses(outcomes)).containsOnly(WRONG_ANSWER);
    assertThat(outcomes.get(0).detail()).endsWith("got [99, 99]");
  }

  @Test
  void outputAfterTheResultLineMakesItMissing() {
    String source = """
        import os, sys, time
        def min_max(xs):
            if os.fork() == 0:
                time.sleep(0.2)
                print('late', flush=True)
                os._exit(0)
            return min(xs), max(xs)
        """;
    assertThat(python(source)).containsOnly(MISSING_RESULT);
  }

  @Test
  void monkeypatchedSerializersDoNotChangeWhatIsRead() {
    String source = """
        import json, builtins, sys
        json.dumps = lambda *a, **k: '[[1, 3]]'
        builtins.repr = lambda x: '[[1, 3]]'
        builtins.type = lambda x: list
        builtins.print = lambda *a, **k: None
        def min_max(xs):
            return 'wrong'
        """;
    assertThat(python(source)).containsOnly(WRONG_ANSWER);
  }

  @Test
  void aProgramSearchingTheDiskDoesNotFindTheExpectedValue(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String token = "rlvr-secret-" + Long.toHexString(System.nanoTime());
    Files.writeString(dir.resolve("answers.json"), "{\"expected\": \"" + token + "\"}");
    Files.writeString(Path.of(System.getProperty("java.io.tmpdir")).resolve("rlvr-answers-" + token + ".txt"), token);
    String search = """
        import os, re
        def find():
            for top in ('/', '/tmp', '/work', '/root', '/home', os.path.expanduser('~')):
                for root, dirs, files in os.walk(top):
                    dirs[:] = [d for d in dirs if os.path.join(root, d) not in ('/proc', '/sys', '/dev', '/usr')]
                    for name in files:
                        try:
                            with open(os.path.join(root, name), 'rb') as f:
                                m = re.search(rb'rlvr-secret-[0-9a-f]+', f.read(1 << 20))
                            if m:
                                return m.group().decode()
                        except OSError:
                            pass
            return 'not found'
        def guess(x):
            return find()
        """;
    TestSuite suite = Runners.suite(TestStyle.CALL, "guess", List.<TestCase>of(new CallTest(List.of(1), token)));
    List<TestOutcome> outcomes = runner.run(Program.of(Language.PYTHON, search), suite, Runners.settings(sandbox));
    assertThat(outcomes.get(0).status()).isNotEqualTo(PASSED);
    assertThat(outcomes.get(0).detail()).endsWith("got 'not found'");
  }

  @Test
  void javascriptFunctionsExportsAndClasses() {
    String varFunction = "var min_max = function(xs) { return [Math.min(...xs), Math.max(...xs)]; };";
    String exported = "module.exports = { min_max: (xs) => [Math.min(...xs), Math.max(...xs)] };";
    String solution = "class Solution { min_max(xs) { return [Math.min(...xs), xs[0]]; } }";
    assertThat(run(Language.JAVASCRIPT, varFunction, APPS)).containsOnly(PASSED);
    assertThat(run(Language.JAVASCRIPT, exported, APPS)).containsOnly(PASSED);
    assertThat(run(Language.JAVASCRIPT, solution, APPS)).containsExactly(PASSED, PASSED, WRONG_ANSWER);
  }

  @Test
  void javascriptObjectsThatAreNotDataFail() {
    String instance = "class Any { equals() { return true; } }\nfunction min_max(xs) { return new Any(); }";
    String toJson = "function min_max(xs) { return { toJSON() { return [1, 3]; } }; }";
    String exits = "function min_max(xs) { console.log('[[1,3]]'); process.exit(0); }";
    assertThat(run(Language.JAVASCRIPT, instance, APPS)).containsOnly(WRONG_ANSWER);
    assertThat(run(Language.JAVASCRIPT, toJson, APPS)).containsOnly(WRONG_ANSWER);
    assertThat(run(Language.JAVASCRIPT, exits, APPS)).containsOnly(MISSING_RESULT);
  }

  @Test
  void languagesWithoutAHarnessSaySo() {
    List<TestOutcome> outcomes = runner.run(Program.of(Language.CPP, "int main() {}"), APPS, Runners.settings(sandbox));
    assertThat(statuses(outcomes)).containsOnly(SANDBOX_ERROR);
    assertThat(outcomes.get(0).detail()).isEqualTo("call-based tests are not supported for cpp");
  }
}
