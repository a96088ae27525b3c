package dev.rlvr.grader.format;

import static dev.rlvr.grader.format.Grading.grade;
import static dev.rlvr.grader.format.Grading.grader;
import static dev.rlvr.grader.format.Grading.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.Grader;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over seeded random text: the same seed always gives the same cases, and a failure
 * names its seed so it can be replayed.
 */
class FormatPropertiesTest {
  private static final long SEED = 20261126L;
  private static final int CASES = 400;
  private static final List<String> SPACES = List.of("", " ", "\n", "\n\n", " \n\t");
  private static final List<String> TAILS = List.of("", "\n", "<|im_end|>", "</s>\n", "<|eot_id|>", " <|endoftext|>");

  /** Every template and mode, and a few option sets that change the paths taken. */
  static Stream<Object[]> configurations() {
    List<Object[]> configs = new ArrayList<>();
    for (String template : List.of("auto", "r1", "prefilled")) {
      for (String mode : List.of("strict", "lenient")) {
        configs.add(new Object[] {"template", template, "mode", mode});
      }
    }
    configs.add(new Object[] {"reject", List.of(), "answer_tags", "optional"});
    configs.add(new Object[] {"answer_tags", "required", "template", "prefilled", "min_think_chars", 0});
    configs.add(new Object[] {"partial_credit", false, "mode", "lenient", "min_answer_chars", 0});
    return configs.stream();
  }

  @TestFactory
  Stream<DynamicTest> noRolloutMakesTheGraderThrowOrLeaveItsRange() {
    return configurations().map(options -> DynamicTest.dynamicTest(List.of(options).toString(), () -> {
      Grader grader = grader(options);
      RandomText text = new RandomText(SEED);
      for (int i = 0; i < CASES; i++) {
        Rollout rollout = randomRollout(text);
        Score score = grade(grader, rollout);
        String replay = "case " + i + " of seed " + SEED + ": " + rollout;
        assertThat(score.value()).as(replay).isBetween(0.0, 1.0);
        assertThat(score.value() == 1.0).as(replay).isEqualTo(score.verdict() == Verdict.CORRECT);
        assertThat(score.value() == 0.0).as(replay).isEqualTo(score.verdict() == Verdict.FORMAT_ERROR);
        if (score.verdict() == Verdict.PARTIAL) {
          assertThat(score.value()).as(replay).isLessThanOrEqualTo(FormatGrader.PARTIAL_CAP);
        }
        assertThat(score.details()).as(replay).containsKeys(
            "template", "mode", "well_placed_tags", "expected_tags", "violations", "think_chars");
      }
    }));
  }

  private static Rollout randomRollout(RandomText text) {
    String prompt = switch (text.nextInt(3)) {
      case 0 -> "";
      case 1 -> text.next(10) + "<think>\n";
      default -> text.next(10);
    };
    String reasoning = text.nextInt(5) == 0 ? text.next(20) : "";
    Map<String, Object> metadata = text.nextInt(8) == 0 ? Map.of("finish_reason", "length") : Map.of();
    return new Rollout("", prompt, List.of(), text.next(60), reasoning, metadata);
  }

  @Nested
  class WellFormedCompletions {

    @ParameterizedTest
    @MethodSource("dev.rlvr.grader.format.FormatPropertiesTest#seeds")
    void scoreOneWhateverWordsTheyWrap(long seed) {
      RandomText text = new RandomText(seed);
      for (String mode : List.of("strict", "lenient")) {
        assertValid(grader("mode", mode), r1(text), seed);
        assertValid(grader("mode", mode, "template", "prefilled"), prefilled(text), seed);
        assertValid(grader("mode", mode), Rollout.of(Grading.PREFILLED_PROMPT, prefilled(text)), seed);
      }
    }

    @ParameterizedTest
    @MethodSource("dev.rlvr.grader.format.FormatPropertiesTest#seeds")
    void loseFullCreditWhenTextFollowsTheAnswer(long seed) {
      RandomText text = new RandomText(seed);
      String valid = r1(text);
      int after = valid.lastIndexOf("</answer>") + "</answer>".length();
      String broken = valid.substring(0, after) + pick(text, SPACES) + text.words(1 + text.nextInt(5))
          + valid.substring(after);

      Score score = grade(grader("mode", "strict", "template", "r1"), broken);

      assertThat(score.value()).as(broken).isZero();
      assertThat(violations(score)).as(broken).contains("text_after_answer");
    }

    @ParameterizedTest
    @MethodSource("dev.rlvr.grader.format.FormatPropertiesTest#seeds")
    void scoreZeroOnceASecondThinkBlockIsInsertedAnywhere(long seed) {
      RandomText text = new RandomText(seed);
      String block = "<think>" + text.words(1 + text.nextInt(4)) + "</think>";
      for (String mode : List.of("strict", "lenient")) {
        String r1 = insert(text, r1(text), block);
        String prefilled = insert(text, prefilled(text), block);

        assertThat(grade(grader("mode", mode, "template", "r1"), r1).value()).as(r1).isZero();
        assertThat(violations(grade(grader("mode", mode, "template", "r1"), r1))).as(r1)
            .contains("multiple_think");
        assertThat(grade(grader("mode", mode, "template", "prefilled"), prefilled).value()).as(prefilled)
            .isZero();
      }
    }

    private static void assertValid(Grader grader, String completion, long seed) {
      assertValid(grader, Rollout.of(completion), seed);
    }

    private static void assertValid(Grader grader, Rollout rollout, long seed) {
      Score score = grade(grader, rollout);
      assertThat(score.value()).as("seed " + seed + ": " + rollout + " -> " + score.reason()).isEqualTo(1.0);
      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
    }

    private static String insert(RandomText text, String into, String block) {
      int at = text.nextInt(into.length() + 1);
      return into.substring(0, at) + block + into.substring(at);
    }
  }

  @Nested
  class HugeCompletions {

    @Test
    void gradeAOneMegabyteValidCompletion() {
      RandomText text = new RandomText(SEED);
      StringBuilder reasoning = new StringBuilder();
      while (reasoning.length() < 1_000_000) {
        reasoning.append(text.words(50)).append('\n');
      }
      String completion = "<think>" + reasoning + "</think>\n<answer>" + text.words(3) + "</answer>";

      assertThat(grade(grader(), completion).value()).isEqualTo(1.0);
      assertThat(grade(grader("mode", "lenient"), completion).value()).isEqualTo(1.0);
    }

    @Test
    void gradeOneMegabyteOfTagFragmentsInEveryConfiguration() {
      String completion = "< /think <answer <thinK> </ ".repeat(40_000);

      configurations().forEach(options -> {
        Score score = grade(grader(options), Rollout.of("<think>", completion));
        assertThat(score.value()).isBetween(0.0, 1.0);
      });
    }

    @Test
    void rejectAOneMegabyteTruncatedCompletion() {
      String completion = "<think>" + "very long reasoning ".repeat(55_000);

      Score score = grade(grader(), completion);

      assertThat(score.value()).isZero();
      assertThat(violations(score)).containsExactly("truncated");
    }
  }

  static LongStream seeds() {
    return IntStream.range(0, 200).asLongStream().map(i -> SEED + i);
  }

  /** A well-formed r1 completion made of random words, whitespace and end tokens. */
  private static String r1(RandomText text) {
    return pick(text, SPACES) + "<think>" + pick(text, SPACES) + text.words(1 + text.nextInt(30))
        + pick(text, SPACES) + "</think>" + pick(text, SPACES) + "<answer>" + pick(text, SPACES)
        + text.words(1 + text.nextInt(4)) + pick(text, SPACES) + "</answer>" + pick(text, TAILS);
  }

  /** A well-formed completion for a prompt that ended with {@code <think>}. */
  private static String prefilled(RandomText text) {
    String answer = text.nextBoolean()
        ? text.words(1 + text.nextInt(6))
        : "<answer>" + text.words(1 + text.nextInt(3)) + "</answer>";
    return pick(text, SPACES) + text.words(1 + text.nextInt(30)) + pick(text, SPACES) + "</think>"
        + pick(text, SPACES) + answer + pick(text, TAILS);
  }

  private static String pick(RandomText text, List<String> choices) {
    return choices.get(text.nextInt(choices.size()));
  }
}
