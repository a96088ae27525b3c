package dev.rlvr.grader.format.shaping;

import static dev.rlvr.grader.format.shaping.Shaping.grader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cosine grader with the real math grader deciding correctness against a gold of 4. */
class CosineGraderTest {
  private static final CosineGraderProvider PROVIDER = new CosineGraderProvider();
  private static final Reference FOUR = Reference.ofAnswers("4");

  /** A completion of exactly {@code length} code points whose boxed answer is {@code answer}. */
  private static String padded(String answer, int length) {
    String box = "\\boxed{" + answer + "}";
    return "x".repeat(length - box.length()) + box;
  }

  private static Score grade(Grader grader, String completion) {
    return grader.grade(Rollout.of(completion), FOUR, GradeContext.unlimited());
  }

  @ParameterizedTest(name = "{0} chars: correct {1}, wrong {2}")
  @CsvSource({"10, 0.999876640091433, -0.999876640091433", "500, 0.75, -0.75", "1000, 0.5, -0.5",
      "1700, 0.5, -0.5"})
  void followOpenR1sDefaultsForCorrectAndWrongAnswers(int length, double correct, double wrong) {
    Grader grader = grader(PROVIDER);

    Score right = grade(grader, padded("4", length));
    Score off = grade(grader, padded("5", length));

    assertThat(right.value()).isCloseTo(correct, within(1e-12));
    assertThat(right.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(off.value()).isCloseTo(wrong, within(1e-12));
    assertThat(off.verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(right.details()).containsEntry("length", (long) length).containsEntry("unit", "chars")
        .containsEntry("correct", true).containsEntry("accuracy_verdict", "CORRECT");
  }

  @Test
  void scoreAnEmptyCompletionAsTheHarshestWrongAnswer() {
    Score empty = grade(grader(PROVIDER), "");

    assertThat(empty.value()).isEqualTo(-1.0);
    assertThat(empty.details()).containsEntry("accuracy_verdict", "NO_ANSWER").containsEntry("correct", false);
  }

  @Test
  void countAMissingAnswerAsWrong() {
    Score none = grade(grader(PROVIDER), "x".repeat(500));

    assertThat(none.value()).isCloseTo(-0.75, within(1e-12));
    assertThat(none.verdict()).isEqualTo(Verdict.INCORRECT);
  }

  @Test
  void reproduceOpenR1PastMaxLenWhenNotClipping() {
    Score twice = grade(grader(PROVIDER, "clip", false, "max_len", 100), padded("4", 200));

    assertThat(twice.value()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void applyCustomBoundsAndTokenLengths() {
    Grader grader = grader(PROVIDER, "unit", "tokens", "max_len", 20, "min_value_correct", 0.0,
        "max_value_correct", 2.0, "min_value_wrong", -3.0, "max_value_wrong", -1.0);

    Score right = grade(grader, Shaping.hellos(10) + " \\boxed{4}");
    long tokens = (long) right.details().get("length");
    double expected = 1.0 + Math.cos(Math.PI * tokens / 20.0);

    assertThat(tokens).isBetween(11L, 16L);
    assertThat(right.value()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void passAccuracyOptionsToTheAccuracyGrader() {
    String unboxed = "x".repeat(491) + " the result: 4";

    Score strict = grade(grader(PROVIDER), unboxed);
    Score lenient = grade(grader(PROVIDER, "accuracy_options", Map.of("last_number", true)), unboxed);

    assertThat(strict.verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(lenient.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(lenient.value()).isCloseTo(0.5 + 0.25 * (1 + Math.cos(Math.PI * unboxed.length() / 1000.0)),
        within(1e-12));
  }

  @Test
  void passOnAnAccuracyGraderThatCouldNotJudge() {
    Score noGold = grader(PROVIDER).grade(Rollout.of("\\boxed{4}"), Reference.none(), GradeContext.unlimited());

    assertThat(noGold.verdict()).isEqualTo(Verdict.INVALID_INPUT);
    assertThat(noGold.value()).isZero();
    assertThat(noGold.reason()).contains("could not judge");
  }

  @Nested
  class Lifecycle {

    @Test
    void closesAnAccuracyGraderThatHoldsResources() {
      AtomicInteger closed = new AtomicInteger();
      CosineGrader cosine = new CosineGrader(new CosineSchedule(0.5, 1.0, -1.0, -0.5, 10, true),
          LengthMeter.chars(Scope.COMPLETION), "fake", new ClosingGrader(closed));

      cosine.close();

      assertThat(closed).hasValue(1);
    }

    @Test
    void reportsAnAccuracyGraderThatThrowsAsAnInternalError() {
      Grader broken = (rollout, reference, context) -> {
        throw new IllegalStateException("boom");
      };
      CosineGrader cosine = new CosineGrader(new CosineSchedule(0.5, 1.0, -1.0, -0.5, 10, true),
          LengthMeter.chars(Scope.COMPLETION), "broken", broken);

      Score score = cosine.grade(Rollout.of("x"), FOUR, GradeContext.unlimited());

      assertThat(score.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
      assertThat(score.reason()).contains("boom");
    }

    private record ClosingGrader(AtomicInteger closed) implements Grader, AutoCloseable {
      @Override
      public Score grade(Rollout rollout, Reference reference, GradeContext context) {
        return Score.correct("always");
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    }
  }

  @Nested
  class Preconditions {

    @Test
    void rejectAnAccuracyGraderThatIsNotOnTheClassPath() {
      assertThatThrownBy(() -> grader(PROVIDER, "accuracy_grader", "chess")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("no grader named 'chess'").hasMessageContaining("math");
    }

    @Test
    void rejectItselfAsItsAccuracyGrader() {
      assertThatThrownBy(() -> grader(PROVIDER, "accuracy_grader", "cosine")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("must name another grader");
    }

    @Test
    void rejectAccuracyOptionsThatAreNotAMapOrUnknownToTheAccuracyGrader() {
      assertThatThrownBy(() -> grader(PROVIDER, "accuracy_options", "last_number")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("must be a map");
      assertThatThrownBy(() -> grader(PROVIDER, "accuracy_options", Map.of("nope", 1)))
          .isInstanceOf(ConfigException.class).hasMessageContaining("grader 'math' has no option 'nope'");
    }

    @Test
    void rejectBoundsInTheWrongOrderAndNonNumbers() {
      assertThatThrownBy(() -> grader(PROVIDER, "min_value_correct", 2.0)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("min_value_correct <= max_value_correct");
      assertThatThrownBy(() -> grader(PROVIDER, "max_len", "long")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("'max_len' must be a whole number");
    }
  }
}
