package dev.rlvr.grader.code.run;

import static dev.rlvr.grader.code.run.Runners.statuses;
import static dev.rlvr.grader.code.run.TestStatus.MISSING_RESULT;
import static dev.rlvr.grader.code.run.TestStatus.PASSED;
import static dev.rlvr.grader.code.run.TestStatus.RUNTIME_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.SANDBOX_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.WRONG_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.Reference;
import dev.rlvr.grader.code.tests.AssertTest;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.grader.code.tests.TestSuiteReader;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssertRunnerTest extends SandboxTest {
  private final AssertRunner runner = new AssertRunner();

  /** MBPP 11: one outcome per assert. */
  private static final TestSuite MBPP = Runners.suite(TestStyle.ASSERT, "remove_Occ", List.<TestCase>of(
      new AssertTest("assert remove_Occ(\"hello\",\"l\") == \"heo\""),
      new AssertTest("assert remove_Occ(\"abcda\",\"a\") == \"bcd\""),
      new AssertTest("assert remove_Occ(\"PHP\",\"P\") == \"H\"")));

  /** HumanEval-shaped: metadata, a loop, a tolerance, a helper; the whole check() is one test. */
  private static final TestSuite HUMAN_EVAL = Runners.suite(TestStyle.ASSERT, "mean_and_pairs", List.<TestCase>of(
      new AssertTest("""
          METADATA = {'author': 'jt', 'dataset': 'test'}

          def within(a, b):
              return abs(a - b) < 1e-6

          def check(candidate):
              assert within(candidate([1.0, 2.0, 4.0])[0], 7 / 3)
              assert candidate([])[1] == []
              for n in range(2, 5):
                  mean, pairs = candidate(list(range(n)))
                  assert len(pairs) == n - 1, "pairs of " + str(n)
                  assert all(b - a == 1 for a, b in pairs)
              assert candidate([5]) == (5.0, [])
          """)));

  private static final String HUMAN_EVAL_CORRECT = """
      from typing import List, Tuple
      def mean_and_pairs(xs: List[float]) -> Tuple[float, list]:
          mean = sum(xs) / len(xs) if xs else 0.0
          return mean, list(zip(xs, xs[1:]))
      """;

  /**
   * Passes HUMAN_EVAL when the check runs in the candidate's process with its builtins (tried
   * with plain python3): == always true, abs, len and all patched.
   */
  private static final String ALWAYS_EQUAL_WITH_PATCHED_BUILTINS = """
      import builtins
      class Any:
          def __eq__(self, o): return True
          def __sub__(self, o): return self
          def __getitem__(self, i): return self
          def __iter__(self): return iter([self, self])
          __hash__ = object.__hash__
      builtins.abs = lambda x: 0
      builtins.len = lambda x: Any()
      builtins.all = lambda x: True
      def mean_and_pairs(xs):
          return Any()
      """;

  private List<TestStatus> run(String source, TestSuite suite) {
    return statuses(outcomes(source, suite));
  }
  /** KodCode-shaped pytest code: split into one test per test function by the reader. */
  private static final String PYTEST = """
      import pytest
      from solution import add

      def test_small():
          assert add(1, 2) == 3

      def test_negative():
          assert add(-1, -1) == -2

      def test_float():
          assert add(0.1, 0.2) == pytest.approx(0.3)

      def test_type_error():
          with pytest.raises(TypeError):
              add(1, None)
      """;

  private static TestSuite pytestSuite() {
    List<TestCase> tests = new java.util.ArrayList<>();
    for (String name : List.of("test_small", "test_negative", "test_float", "test_type_error")) {
      tests.add(new AssertTest(PYTEST + "\n" + name + "()\n"));
    }
    return Runners.suite(TestStyle.ASSERT, "", tests);
  }

  @org.junit.jupiter.api.Test
  void pytestFunctionsImportTheProgramAsSolution() {
    assertThat(run("def add(a, b):\n    return a + b\n", pytestSuite())).containsOnly(TestStatus.PASSED);
    assertThat(run("def add(a, b):\n    return abs(a + b)\n", pytestSuite())).containsExactly(TestStatus.PASSED,
        TestStatus.WRONG_ANSWER, TestStatus.PASSED, TestStatus.PASSED);
  }

  @org.junit.jupiter.api.Test
  void fixturesAndParametrizedTestsDoNotBreakTheModule() {
    // @pytest.fixture and @pytest.mark.* run when the module loads: without pytest they used to fail every test.
    String code = """
        import pytest
        from solution import add

        @pytest.fixture
        def numbers():
            return (1, 2)

        @pytest.mark.parametrize("a, b, total", [(1, 2, 3), pytest.param(2, 2, 4, id="twos")])
        @pytest.mark.parametrize("sign", [1, -1])
        def test_table(a, b, total, sign):
            assert add(sign * a, sign * b) == sign * total

        @pytest.mark.timeout(5)
        def test_plain():
            assert add(2, 2) == 4

        def test_with_fixture(numbers):
            assert add(*numbers) == 3
        """;
    TestSuite suite = Runners.suite(TestStyle.ASSERT, "", TestSuiteReader.read(new Reference(Map.of("test", code),
        List.of(), "", "code", "python", "", Map.of()), Map.of()).tests());
    assertThat(suite.tests()).hasSize(2);
    assertThat(run("def add(a, b):\n    return a + b\n", suite)).containsExactly(TestStatus.PASSED, TestStatus.PASSED);
    assertThat(run("def add(a, b):\n    return abs(a + b)\n", suite)).containsExactly(TestStatus.WRONG_ANSWER,
        TestStatus.PASSED);
  }

  @org.junit.jupiter.api.Test
  void testCodeThatNeverCallsTheProgramProvesNothing() {
    TestSuite unittestOnly = Runners.suite(TestStyle.ASSERT, "add", List.<TestCase>of(new AssertTest("""
        import unittest
        from solution import add

        class TestAdd(unittest.TestCase):
            def test_add(self):
                self.assertEqual(add(1, 2), 3)
        """)));
    assertThat(run("def add(a, b):\n    return a + b\n", unittestOnly)).containsExactly(TestStatus.WRONG_ANSWER);
  }


  private List<TestOutcome> outcomes(String source, TestSuite suite) {
    List<TestOutcome> outcomes = runner.run(Program.of(Language.PYTHON, source), suite, Runners.settings(sandbox));
    assertThat(outcomes).hasSize(suite.tests().size());
    return outcomes;
  }

  @Test
  void mbppCorrectPartialAndWrong() {
    String correct = """
        def remove_Occ(s, ch):
            first, last = s.find(ch), s.rfind(ch)
            if first < 0:
                return s
            s = s[:first] + s[first + 1:]
            last = s.rfind(ch)
            return s[:last] + s[last + 1:] if last >= 0 else s
        """;
    String removesAll = "def remove_Occ(s, ch):\n    return s.replace(ch, '')";
    String wrong = "def remove_Occ(s, ch):\n    return s";
    assertThat(run(correct, MBPP)).containsOnly(PASSED);
    assertThat(run(removesAll, MBPP)).containsExactly(PASSED, PASSED, PASSED);
    assertThat(run("def remove_Occ(s, ch):\n    return s.replace(ch, '', 1)", MBPP))
        .containsExactly(WRONG_ANSWER, WRONG_ANSWER, WRONG_ANSWER);
    assertThat(run("def remove_Occ(s, ch):\n    return s.replace(ch, '') if len(s) == 5 else s", MBPP))
        .containsExactly(PASSED, PASSED, WRONG_ANSWER);
    assertThat(run(wrong, MBPP)).containsOnly(WRONG_ANSWER);
  }

  @Test
  void humanEvalCheckIsOneTest() {
    assertThat(run(HUMAN_EVAL_CORRECT, HUMAN_EVAL)).containsExactly(PASSED);
    String offByOne = HUMAN_EVAL_CORRECT.replace("xs[1:]", "xs[2:]");
    List<TestOutcome> outcomes = outcomes(offByOne, HUMAN_EVAL);
    assertThat(statuses(outcomes)).containsExactly(WRONG_ANSWER);
    assertThat(outcomes.get(0).detail()).contains("AssertionError: pairs of 2");
  }

  @Test
  void candidateExceptionsReachTheTestCode() {
    TestSuite expectsRaise = Runners.suite(TestStyle.ASSERT, "root", List.<TestCase>of(new AssertTest("""
        def check(candidate):
            assert candidate(9) == 3
            try:
                candidate(-1)
                assert False, "no error"
            except ValueError:
                pass
        """)));
    String raises = "import math\ndef root(x):\n    if x < 0:\n        raise ValueError(x)\n    return math.isqrt(x)";
    String noRaise = "def root(x):\n    return 3";
    String alwaysRaises = "def root(x):\n    raise KeyError(x)";
    assertThat(run(raises, expectsRaise)).containsExactly(PASSED);
    assertThat(run(noRaise, expectsRaise)).containsExactly(WRONG_ANSWER);
    assertThat(run(alwaysRaises, expectsRaise)).containsExactly(RUNTIME_ERROR);
  }

  @Test
  void setupCodeAndCandidateImportsAreVisibleToTheTest() {
    TestSuite suite = Runners.suite(TestStyle.ASSERT, "area", "SIDE = 3", Optional.empty(), List.<TestCase>of(
        new AssertTest("assert area(SIDE) == 9"),
        new AssertTest("assert isclose(area(0.5), 0.25)")));
    assertThat(run("from math import isclose\ndef area(x):\n    return x * x", suite)).containsExactly(PASSED, PASSED);
  }

  /** Each of these would pass if == or the test's helpers ran in the candidate's process. */
  @ParameterizedTest
  @ValueSource(strings = {
      "class Any:\n    def __eq__(self, other): return True\ndef remove_Occ(s, ch): return Any()",
      "class S(str):\n    def __eq__(self, other): return True\ndef remove_Occ(s, ch): return S('')",
      "import builtins\nclass Any:\n    def __eq__(self, o): return True\nbuiltins.isinstance = lambda *a: True\n"
          + "def remove_Occ(s, ch): return Any()",
      "def remove_Occ(s, ch):\n    import builtins\n    builtins.AssertionError = type('X', (Exception,), {})\n"
          + "    return 'wrong'",
      "import os\ndef remove_Occ(s, ch):\n    print('PASS'); print('ok'); os._exit(0)",
      "exit(0)",
      "import sys\nsys.exit = lambda *a: None\nimport os\nos._exit(0)",
  })
  void mbppAttacksFail(String source) {
    assertThat(run(source, MBPP)).doesNotContain(PASSED).isSubsetOf(WRONG_ANSWER, MISSING_RESULT, RUNTIME_ERROR);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ALWAYS_EQUAL_WITH_PATCHED_BUILTINS,
      "class F(float):\n    def __sub__(self, o): return 0.0\n    def __rsub__(self, o): return 0.0\n"
          + "    def __eq__(self, o): return True\ndef mean_and_pairs(xs):\n    return F(0), []",
      // Searches the disk for the test code (its expected values); the driver's stdin is not on it.
      "import os\ndef mean_and_pairs(xs):\n    for root, dirs, files in os.walk('/'):\n"
          + "        dirs[:] = [d for d in dirs if d not in ('proc', 'sys', 'dev', 'usr')]\n"
          + "        for f in files:\n            try:\n"
          + "                if b'def check' in open(os.path.join(root, f), 'rb').read(1 << 20): os._exit(0)\n"
          + "            except OSError: pass\n    return 0.0, []",
  })
  void humanEvalAttacksFail(String source) {
    assertThat(run(source, HUMAN_EVAL)).containsOnly(WRONG_ANSWER);
  }

  @Test
  void testsThatBuildTheCandidatesObjectsFallBackAndSayAboutIt() {
    TestSuite pairs = Runners.suite(TestStyle.ASSERT, "max_chain_length", List.<TestCase>of(
        new AssertTest("assert max_chain_length([Pair(5, 24), Pair(15, 25), Pair(27, 40), Pair(50, 60)], 4) == 3"),
        new AssertTest("assert max_chain_length([Pair(1, 2), Pair(3, 4), Pair(5, 6), Pair(7, 8)], 4) == 4")));
    String correct = """
        class Pair:
            def __init__(self, a, b):
                self.a, self.b = a, b
        def max_chain_length(arr, n):
            arr = sorted(arr, key=lambda p: p.b)
            count, end = 0, float('-inf')
            for p in arr:
                if p.a > end:
                    count, end = count + 1, p.b
            return count
        """;
    List<TestOutcome> outcomes = outcomes(correct, pairs);
    assertThat(statuses(outcomes)).containsOnly(PASSED);
    assertThat(outcomes.get(0).detail()).startsWith("in-process fallback").contains("Pair");
    String alwaysEqual = correct.replace("return count", "return Any()")
        + "class Any:\n    def __eq__(self, o): return True\n";
    assertThat(run(alwaysEqual, pairs)).containsOnly(WRONG_ANSWER);
    String patchesBuiltins = correct.replace("return count", "return 0")
        + "import builtins\nbuiltins.AssertionError = None\nbuiltins.print = None\n";
    assertThat(run(patchesBuiltins, pairs)).containsOnly(WRONG_ANSWER);

    // The first call answers plain data, so the second (past one call) runs in-process.
    String plainOnce = ALWAYS_EQUAL_WITH_PATCHED_BUILTINS.replace("return Any()",
        "return (7 / 3, []) if xs == [1.0, 2.0, 4.0] else Any()");
    List<TestOutcome> forced = new AssertRunner(1, true).run(Program.of(Language.PYTHON, plainOnce), HUMAN_EVAL,
        Runners.settings(sandbox));
    assertThat(statuses(forced)).containsExactly(WRONG_ANSWER);
    assertThat(forced.get(0).detail()).startsWith("in-process fallback").contains("not plain data");

    List<TestOutcome> strict = new AssertRunner(AssertRunner.DEFAULT_MAX_CALLS, false)
        .run(Program.of(Language.PYTHON, correct), pairs, Runners.settings(sandbox));
    assertThat(statuses(strict)).containsOnly(SANDBOX_ERROR);
  }

  @Test
  void tooManyCallsFallBack() {
    TestSuite many = Runners.suite(TestStyle.ASSERT, "double", List.<TestCase>of(new AssertTest("""
        def check(candidate):
            for i in range(6):
                assert candidate(i) == 2 * i
        """)));
    List<TestOutcome> outcomes = new AssertRunner(3, true).run(Program.of(Language.PYTHON,
        "def double(x):\n    return x * 2"), many, Runners.settings(sandbox));
    assertThat(statuses(outcomes)).containsExactly(PASSED);
    assertThat(outcomes.get(0).detail()).contains("more than 3 calls");
    assertThat(run("def double(x):\n    return x * 2", many)).containsExactly(PASSED);
    assertThat(run("def double(x):\n    return x * 2 if x < 5 else 0", many)).containsExactly(WRONG_ANSWER);
  }

  @Test
  void otherLanguagesAndBrokenTestsSaySo() {
    List<TestOutcome> js = runner.run(Program.of(Language.JAVASCRIPT, "function f() {}"), MBPP,
        Runners.settings(sandbox));
    assertThat(statuses(js)).containsOnly(SANDBOX_ERROR);
    TestSuite broken = Runners.suite(TestStyle.ASSERT, "f", List.<TestCase>of(new AssertTest("assert f(1) ==")));
    List<TestOutcome> outcomes = outcomes("def f(x):\n    return x", broken);
    assertThat(statuses(outcomes)).containsExactly(SANDBOX_ERROR);
    assertThat(outcomes.get(0).detail()).contains("test code does not compile");
  }
}
