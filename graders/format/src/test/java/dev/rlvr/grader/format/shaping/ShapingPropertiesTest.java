package dev.rlvr.grader.format.shaping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.testing.RandomText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over seeded random input; a failure names its seed so it can be replayed. */
class ShapingPropertiesTest {
  private static final long SEED = 20261126L;
  private static final int CASES = 300;

  /** A grader, its options and the range its values must stay in. */
  private record Case(GraderProvider provider, List<Object> options, double min, double max) {
    Grader grader() {
      return Shaping.grader(provider, options.toArray());
    }
  }

  static Stream<Case> configurations() {
    OverlongGraderProvider overlong = new OverlongGraderProvider();
    CosineGraderProvider cosine = new CosineGraderProvider();
    RepetitionGraderProvider repetition = new RepetitionGraderProvider();
    return Stream.of(
        new Case(overlong, List.of("unit", "chars", "max_length", 50, "buffer", 10), -1, 0),
        new Case(overlong, List.of("max_length", 30, "buffer", 30), -1, 0),
        new Case(overlong, List.of("encoding", "o200k_base", "scope", "think", "max_length", 8, "buffer", 4), -1, 0),
        new Case(cosine, List.of("max_len", 100), -1, 1),
        new Case(cosine, List.of("unit", "tokens", "scope", "answer", "clip", false), -1, 1),
        new Case(cosine, List.of("min_value_wrong", -2.0, "max_value_wrong", 0.0, "min_value_correct", 0.0,
            "max_value_correct", 3.0), -2, 3),
        new Case(repetition, List.of(), -1, 0),
        new Case(repetition, List.of("unit", "words", "ngram_size", 1), -1, 0),
        new Case(repetition, List.of("unit", "chars", "ngram_size", 5, "max_penalty", -0.3), -0.3, 0));
  }

  @TestFactory
  Stream<DynamicTest> noRolloutMakesAGraderThrowOrLeaveItsRange() {
    return configurations().map(c -> DynamicTest.dynamicTest(c.provider().name() + " " + c.options(), () -> {
      Grader grader = c.grader();
      RandomText text = new RandomText(SEED);
      Random unicode = new Random(SEED);
      for (int i = 0; i < CASES; i++) {
        Rollout rollout = new Rollout("", text.next(5), List.of(), completion(text, unicode),
            text.nextInt(4) == 0 ? randomUnicode(unicode, 200) : "", Map.of("response_length", i));
        Reference reference = text.nextBoolean() ? Reference.ofAnswers("4") : Reference.none();
        Score score = grader.grade(rollout, reference, GradeContext.unlimited());
        assertThat(score.value()).as("case %d of seed %d: %s", i, SEED, rollout).isBetween(c.min(), c.max());
      }
    }));
  }

  private static String completion(RandomText text, Random unicode) {
    return switch (text.nextInt(3)) {
      case 0 -> randomUnicode(unicode, 400);
      case 1 -> text.next(60);
      default -> "<think>" + text.words(1 + text.nextInt(80)) + "</think>\\boxed{" + text.nextInt(8) + "}";
    };
  }

  /** Any code points, lone surrogates and controls included. */
  private static String randomUnicode(Random random, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(10);
      if (pick < 3) {
        sb.append((char) random.nextInt(0x10000));
      } else if (pick < 5) {
        sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      } else if (pick < 7) {
        sb.append((char) (0x4E00 + random.nextInt(0x5000)));
      } else {
        sb.append(" abcabc\n<>".charAt(random.nextInt(10)));
      }
    }
    return sb.toString();
  }

  static LongStream seeds() {
    return IntStream.range(0, 200).asLongStream().map(i -> SEED + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aLongerTextNeverScoresHigherOnOverlong(long seed) {
    Random random = new Random(seed);
    int max = 1 + random.nextInt(300);
    int buffer = 1 + random.nextInt(max);
    Grader grader = Shaping.grader(new OverlongGraderProvider(), "unit", "chars", "max_length", max, "buffer", buffer);
    String shorter = randomUnicode(random, 400);
    String longer = shorter + randomUnicode(random, 100);

    double before = Shaping.grade(grader, shorter).value();
    double after = Shaping.grade(grader, longer).value();

    assertThat(after).as("seed %d, max %d, buffer %d", seed, max, buffer).isLessThanOrEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void thePunishmentFallsMonotonicallyFromZeroToMinusOne(long seed) {
    Random random = new Random(seed);
    long max = 1 + random.nextInt(100_000);
    long buffer = 1 + (long) random.nextInt((int) max);
    OverlongPunishment punishment = new OverlongPunishment(max, buffer);
    long a = random.nextInt((int) (2 * max));
    long b = a + random.nextInt((int) max + 1);

    assertThat(punishment.reward(b)).isLessThanOrEqualTo(punishment.reward(a)).isBetween(-1.0, 0.0);
    assertThat(punishment.reward(max - buffer)).isZero();
    assertThat(punishment.reward(max)).isEqualTo(-1.0);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theClippedCosineFavoursShortCorrectAndLongWrongAnswers(long seed) {
    Random random = new Random(seed);
    double minCorrect = random.nextDouble() * 2 - 1;
    double maxCorrect = minCorrect + random.nextDouble();
    double minWrong = -1 - random.nextDouble();
    double maxWrong = minWrong + random.nextDouble();
    long maxLen = 1 + random.nextInt(5000);
    CosineSchedule schedule = new CosineSchedule(minCorrect, maxCorrect, minWrong, maxWrong, maxLen, true);
    long a = random.nextInt(10_000);
    long b = a + random.nextInt(10_000);

    assertThat(schedule.reward(b, true)).isLessThanOrEqualTo(schedule.reward(a, true) + 1e-12)
        .isBetween(minCorrect - 1e-12, maxCorrect + 1e-12);
    assertThat(schedule.reward(b, false)).isGreaterThanOrEqualTo(schedule.reward(a, false) - 1e-12)
        .isBetween(minWrong - 1e-12, maxWrong + 1e-12);
    assertThat(schedule.reward(0, true)).isCloseTo(maxCorrect, within(1e-12));
    assertThat(schedule.reward(0, false)).isCloseTo(minWrong, within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aBlockRepeatedKTimesKeepsOnlyItsOwnNgramsDistinct(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(5);
    int m = n + random.nextInt(20);
    int k = 2 + random.nextInt(5);
    double penalty = -random.nextDouble();
    StringBuilder block = new StringBuilder();
    for (int w = 0; w < m; w++) {
      block.append("w").append(w).append(' ');
    }
    String text = block.toString().repeat(k);
    Grader grader = Shaping.grader(new RepetitionGraderProvider(), "ngram_size", n, "max_penalty", penalty);

    Score repeated = Shaping.grade(grader, text);
    Score once = Shaping.grade(grader, block.toString());

    int total = k * m - n + 1;
    assertThat(repeated.details()).as("seed %d", seed).containsEntry("total_ngrams", total)
        .containsEntry("unique_ngrams", m);
    assertThat(repeated.value()).isCloseTo((1 - (double) m / total) * penalty, within(1e-12));
    assertThat(once.value()).isZero();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tokenCountsLieBetweenOneAndTheUtf8Bytes(long seed) {
    Random random = new Random(seed);
    String text = randomUnicode(random, 300);
    LengthMeter meter = LengthOptions.meter(Shaping.config("overlong"), "overlong", LengthUnit.TOKENS);

    long tokens = meter.count(text);

    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    assertThat(tokens).as("seed %d", seed).isBetween(text.isEmpty() ? 0L : 1L, bytes);
  }
}
