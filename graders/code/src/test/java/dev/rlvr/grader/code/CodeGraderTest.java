package dev.rlvr.grader.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grader's options and per-record settings, through the real sandbox. */
class CodeGraderTest {
  private static final List<AutoCloseable> GRADERS = new ArrayList<>();

  /** Five tests: echo the number doubled; the program below gets the last two wrong. */
  private static final Map<String, Object> TESTS = Map.of(
      "inputs", List.of("1\n", "2\n", "3\n", "50\n", "60\n"),
      "outputs", List.of("2\n", "4\n", "6\n", "100\n", "120\n"));
  private static final String HALF_RIGHT = "<answer>\n```python\nn = int(input())\nprint(n * 2 if n < 10 else 0)\n```\n</answer>";

  @BeforeAll
  static void needsBubblewrap() {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(), () -> BwrapSandbox.unusableReason().orElse(""));
  }

  @AfterAll
  static void closeGraders() throws Exception {
    for (AutoCloseable grader : GRADERS) {
      grader.close();
    }
  }

  private static Grader grader(Map<String, Object> options) {
    Grader grader = new CodeGraderProvider().create(new GraderConfig("code", options));
    GRADERS.add((AutoCloseable) grader);
    return grader;
  }

  private static Reference reference(Object tests, String language, Map<String, Object> extra) {
    return new Reference(tests, List.of(), "", "code", language, "", extra);
  }

  private static Score grade(Grader grader, String completion, Reference reference) {
    return grader.grade(Rollout.of("", completion), reference, GradeContext.unlimited());
  }

  @Test
  void scoresTheFractionPassedOrAllOrNothing() {
    Score fraction = grade(grader(Map.of()), HALF_RIGHT, reference(TESTS, "", Map.of()));
    assertThat(fraction.value()).isEqualTo(0.6);
    assertThat(fraction.verdict()).isEqualTo(Verdict.PARTIAL);
    assertThat(fraction.details()).containsEntry("passed", 3L).containsEntry("total", 5);

    Score strict = grade(grader(Map.of("scoring", "all_or_nothing")), HALF_RIGHT, reference(TESTS, "", Map.of()));
    assertThat(strict.value()).isZero();
    assertThat(strict.verdict()).isEqualTo(Verdict.INCORRECT);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tests = (List<Map<String, Object>>) strict.details().get("tests");
    assertThat(tests).extracting(t -> t.get("status"))
        .containsExactly("PASSED", "PASSED", "PASSED", "WRONG_ANSWER", "NOT_RUN");
  }

  @Test
  void maxTestsKeepsTheFirstOnes() {
    Score score = grade(grader(Map.of("max_tests", 3)), HALF_RIGHT, reference(TESTS, "", Map.of()));
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.details()).containsEntry("total", 3);
  }

  @Test
  void aRecordsTimeLimitOverridesTheRecipes() {
    String slow = "<answer>\n```python\nimport time\nn = int(input())\nt = time.time()\n"
        + "while time.time() - t < 1.5: pass\nprint(n * 2)\n```\n</answer>";
    Map<String, Object> oneTest = Map.of("inputs", List.of("1\n"), "outputs", List.of("2\n"));
    assertThat(grade(grader(Map.of()), slow, reference(oneTest, "", Map.of())).value()).isEqualTo(1.0);
    Score limited = grade(grader(Map.of()), slow, reference(oneTest, "", Map.of("time_limit_s", 0.5)));
    assertThat(limited.value()).isZero();
    assertThat(limited.reason()).contains("timeout");
  }

  @Test
  void theRecordsLanguageAndAFenceRequirement() {
    String untagged = "<answer>\n```\nn = int(input())\nprint(n * 2)\n```\n</answer>";
    Map<String, Object> oneTest = Map.of("inputs", List.of("4\n"), "outputs", List.of("8\n"));
    assertThat(grade(grader(Map.of()), untagged, reference(oneTest, "python", Map.of())).value()).isEqualTo(1.0);
    Score strict = grade(grader(Map.of("require_language", true)), untagged, reference(oneTest, "python", Map.of()));
    assertThat(strict.verdict()).isEqualTo(Verdict.NO_ANSWER);
    assertThat(strict.reason()).contains("```python");
    String cpp = "<answer>\n```cpp\n#include <iostream>\nint main(){int n;std::cin>>n;std::cout<<n*2;}\n```\n</answer>";
    Score wrongLanguage = grade(grader(Map.of("require_language", true)), cpp, reference(oneTest, "python", Map.of()));
    assertThat(wrongLanguage.verdict()).isEqualTo(Verdict.NO_ANSWER);
    assertThat(grade(grader(Map.of()), cpp, reference(oneTest, "python", Map.of())).value()).isEqualTo(1.0);
  }

  @Test
  void aBruteForceInAnotherLanguageAfterTheAnswerIsNotTheProgram() {
    String completion = "<answer>\n```cpp\n#include <iostream>\nint main(){int n;std::cin>>n;std::cout<<n*2;}\n```\n"
        + "To check it, a brute force:\n```python\nprint('brute')\n```\n</answer>";
    Map<String, Object> oneTest = Map.of("inputs", List.of("4\n"), "outputs", List.of("8\n"));
    assertThat(grade(grader(Map.of()), completion, reference(oneTest, "cpp", Map.of())).value()).isEqualTo(1.0);
  }

  @Test
  void aJavaProgramInAPackageRuns() {
    String completion = "<answer>\n```java\npackage com.example;\nimport java.util.*;\npublic class Doubler {\n"
        + "  public static void main(String[] a) { System.out.println(new Scanner(System.in).nextInt() * 2); }\n}\n```\n"
        + "</answer>";
    Map<String, Object> oneTest = Map.of("inputs", List.of("4\n"), "outputs", List.of("8\n"));
    Score score = grade(grader(Map.of()), completion, reference(oneTest, "java", Map.of()));
    assertThat(score.value()).as(score.reason()).isEqualTo(1.0);
  }

  @Test
  void aReferenceWithoutTestsIsInvalidInputNotAZero() {
    Score score = grade(grader(Map.of()), HALF_RIGHT, Reference.ofAnswers("72"));
    assertThat(score.verdict()).isEqualTo(Verdict.INVALID_INPUT);
  }

  @Test
  void callTestsNeedALanguageWithAHarness() {
    Map<String, Object> call = Map.of("fn_name", "double", "inputs", List.of(List.of(2)), "outputs", List.of(4));
    String c = "<answer>\n```c\nint twice(int x){return 2*x;}\n```\n</answer>";
    Score score = grade(grader(Map.of()), c, reference(call, "", Map.of()));
    assertThat(score.verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(score.reason()).contains("cannot call a c program");
  }

  @Test
  void badOptionsFailWhenTheRecipeLoads() {
    assertThatThrownBy(() -> grader(Map.of("time_limit_s", 0))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("time_limit_s");
    assertThatThrownBy(() -> grader(Map.of("scoring", "best"))).isInstanceOf(ConfigException.class);
  }
}
