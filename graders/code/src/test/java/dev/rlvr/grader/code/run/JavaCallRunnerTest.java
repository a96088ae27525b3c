package dev.rlvr.grader.code.run;

import static dev.rlvr.grader.code.run.Runners.statuses;
import static dev.rlvr.grader.code.run.TestStatus.COMPILE_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.MISSING_RESULT;
import static dev.rlvr.grader.code.run.TestStatus.PASSED;
import static dev.rlvr.grader.code.run.TestStatus.RUNTIME_ERROR;
import static dev.rlvr.grader.code.run.TestStatus.WRONG_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.code.tests.CallTest;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java call harness end to end in bubblewrap. Each program compiles once for all its suites. */
class JavaCallRunnerTest extends SandboxTest {
  private final CallRunner runner = new CallRunner();

  /** Static methods of class Main, one per case below; one program, so one compilation. */
  private static final String MAIN = """
      import java.util.*;

      public class Main {
        public static void main(String[] args) {
          throw new IllegalStateException("main is never the function called");
        }

        static int sum(List<Integer> xs) {
          int total = 0;
          for (int x : xs) total += x;
          return total;
        }

        public static String repeat(String s, int times) {
          System.out.println("debug output before the result");
          return s.repeat(times);
        }

        public static long productLong(long a, long b) { return a * b; }

        public static int productInt(int a, int b) { return a * b; }

        public static int boom(int x) {
          if (x == 0) throw new IllegalArgumentException("x must not be 0");
          return 10 / x;
        }

        public static int quit(int x) {
          System.out.println("[" + x + "]");
          System.exit(0);
          return x;
        }

        static final class Any {
          @Override public boolean equals(Object other) { return true; }
          @Override public int hashCode() { return 0; }
        }

        public static Object any(int x) { return new Any(); }

        public static List<Integer> listLike(int x) {
          return new ArrayList<Integer>(List.of(x)) {
            @Override public boolean equals(Object other) { return true; }
          };
        }

        public static int forged(int x) throws Exception {
          System.out.println("0123456789abcdef0123456789abcdef R " + x);
          String stdin = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/fd/0")));
          System.out.println(stdin.strip().split("\\n")[0] + " R " + x);
          System.out.flush();
          Runtime.getRuntime().halt(0);
          return -1;
        }

        public static int[][] transpose(int[][] m) {
          int[][] t = new int[m[0].length][m.length];
          for (int i = 0; i < m.length; i++) for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
          return t;
        }

        public static Map<String, Integer> count(String s) {
          Map<String, Integer> counts = new TreeMap<>();
          for (char c : s.toCharArray()) counts.merge(String.valueOf(c), 1, Integer::sum);
          return counts;
        }

        public static char first(char[] cs) { return cs[0]; }

        public static double half(int x) { return x / 2.0; }

        public static boolean isEmpty(List<List<String>> xss) { return xss.stream().allMatch(List::isEmpty); }
      }
      """;

  private List<TestOutcome> outcomes(String source, String function, List<TestCase> tests) {
    TestSuite suite = Runners.suite(TestStyle.CALL, function, tests);
    List<TestOutcome> outcomes = runner.run(Program.of(Language.JAVA, source), suite, Runners.settings(sandbox));
    assertThat(outcomes).hasSize(tests.size());
    return outcomes;
  }

  private List<TestStatus> run(String source, String function, List<TestCase> tests) {
    return statuses(outcomes(source, function, tests));
  }

  private static CallTest call(Object expected, Object... arguments) {
    return new CallTest(List.of(arguments), expected);
  }

  @Test
  void leetCodeSolutionCorrectPartialAndWrong() {
    List<TestCase> tests = List.of(call(List.of(0, 1), List.of(2, 7, 11, 15), 9),
        call(List.of(1, 2), List.of(3, 2, 4), 6), call(List.of(0, 1), List.of(3, 3), 6));
    String correct = """
        class Solution {
          public int[] twoSum(int[] nums, int target) {
            java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < nums.length; i++) {
              Integer j = seen.get(target - nums[i]);
              if (j != null) return new int[] {j, i};
              seen.put(nums[i], i);
            }
            return new int[0];
          }
        }
        """;
    String firstPair = "class Solution { public int[] twoSum(int[] nums, int target) { return new int[] {0, 1}; } }";
    String reversed = """
        public class Solution {
          public int[] twoSum(int[] nums, int target) { return new int[] {1, 0}; }
        }
        """;
    assertThat(run(correct, "twoSum", tests)).containsOnly(PASSED);
    assertThat(run(firstPair, "twoSum", tests)).containsExactly(PASSED, WRONG_ANSWER, PASSED);
    assertThat(run(reversed, "twoSum", tests)).containsOnly(WRONG_ANSWER);
  }

  @Test
  void staticMethodsWithListsStringsAndPrintsBeforeTheResult() {
    assertThat(run(MAIN, "sum", List.of(call(6, List.of(1, 2, 3)), call(0, List.of()), call(5, List.of(2)))))
        .containsExactly(PASSED, PASSED, WRONG_ANSWER);
    assertThat(run(MAIN, "repeat", List.of(call("abab", "ab", 2), call("", "x", 0)))).containsOnly(PASSED);
    assertThat(run(MAIN, "transpose", List.of(call(List.of(List.of(1, 3), List.of(2, 4)),
        List.of(List.of(1, 2), List.of(3, 4)))))).containsOnly(PASSED);
    assertThat(run(MAIN, "count", List.of(call(Map.of("a", 2, "b", 1), "aba")))).containsOnly(PASSED);
    assertThat(run(MAIN, "first", List.of(call("x", List.of("x", "y"))))).containsOnly(PASSED);
    assertThat(run(MAIN, "half", List.of(call(new BigDecimal("2.5"), 5), call(1, 2)))).containsOnly(PASSED);
    assertThat(run(MAIN, "isEmpty", List.of(call(true, List.of(List.of(), List.of())),
        call(false, List.of(List.of("a")))))).containsOnly(PASSED);
  }

  @Test
  void longsHoldWhatIntsOverflowAndArgumentsThatDoNotFitFailClearly() {
    List<TestCase> big = List.of(call(6_000_000_000L, 2_000_000_000L, 3));
    assertThat(run(MAIN, "productLong", big)).containsOnly(PASSED);
    assertThat(run(MAIN, "productInt", List.of(call(6_000_000_000L, 2_000_000_000, 3))))
        .containsOnly(WRONG_ANSWER);
    List<TestOutcome> tooBig = outcomes(MAIN, "productInt", List.of(call(9_000_000_000L, 3_000_000_000L, 3)));
    assertThat(statuses(tooBig)).containsOnly(RUNTIME_ERROR);
    assertThat(tooBig.get(0).detail()).contains("3000000000").contains("does not fit in int");
    List<TestOutcome> notAString = outcomes(MAIN, "repeat", List.of(call("", 1, 1)));
    assertThat(statuses(notAString)).containsOnly(RUNTIME_ERROR);
    assertThat(notAString.get(0).detail()).contains("cannot pass 1 as java.lang.String");
  }

  @Test
  void thrownExceptionsAndMissingMethodsAreRuntimeErrors() {
    List<TestOutcome> thrown = outcomes(MAIN, "boom", List.of(call(5, 2), call(0, 0)));
    assertThat(statuses(thrown)).containsExactly(PASSED, RUNTIME_ERROR);
    assertThat(thrown.get(1).detail()).isEqualTo("java.lang.IllegalArgumentException: x must not be 0");
    List<TestOutcome> missing = outcomes(MAIN, "nowhere", List.of(call(1, 1)));
    assertThat(statuses(missing)).containsOnly(RUNTIME_ERROR);
    assertThat(missing.get(0).detail()).contains("no method named nowhere");
  }

  @Test
  void exitingBeforeTheResultIsAMissingResult() {
    assertThat(run(MAIN, "quit", List.of(call(List.of(1), 1)))).containsOnly(MISSING_RESULT);
  }

  @Test
  void objectsThatClaimEqualityAreNotData() {
    List<TestOutcome> any = outcomes(MAIN, "any", List.of(call(1, 1)));
    assertThat(statuses(any)).containsOnly(WRONG_ANSWER);
    assertThat(any.get(0).detail()).contains("not plain data").contains("Main$Any");
    List<TestOutcome> listLike = outcomes(MAIN, "listLike", List.of(call(List.of(1), 1)));
    assertThat(statuses(listLike)).containsOnly(WRONG_ANSWER);
    assertThat(listLike.get(0).detail()).contains("not plain data");
  }

  /** A guessed nonce, and the request reread from /proc/self/fd/0 (now /dev/null): no result. */
  @Test
  void forgedResultLinesAreNotResults() {
    assertThat(run(MAIN, "forged", List.of(call(7, 7)))).containsOnly(MISSING_RESULT);
  }

  @Test
  void compileErrorsFailEveryTest() {
    String broken = "class Solution { public int f(int x) { return x } }";
    List<TestOutcome> outcomes = outcomes(broken, "f", List.of(call(1, 1), call(2, 2)));
    assertThat(statuses(outcomes)).containsOnly(COMPILE_ERROR);
    assertThat(outcomes.get(0).detail()).contains("Solution.java");
  }

  @Test
  void instanceMethodsOfOtherClassesAndOverloadsByArgumentType() {
    String source = """
        import java.util.List;

        class Helper {
          static String kind(int x) { return "int"; }
          static String kind(String x) { return "string"; }
          static String kind(List<Integer> xs) { return "list of " + xs.size(); }
        }

        class Doubler {
          private final int factor = 2;

          long twice(long x) { return factor * x; }
        }
        """;
    assertThat(run(source, "kind", List.of(call("int", 3), call("string", "s"), call("list of 2", List.of(1, 2)))))
        .containsOnly(PASSED);
    assertThat(run(source, "twice", List.of(call(8, 4), call(1, 4)))).containsExactly(PASSED, WRONG_ANSWER);
  }
}
