package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Properties over seeded random text: the same seed replays the same cases. */
class ExactMatchPropertyTest {
  private static final int CASES = 400;
  private static final List<String> PUNCTUATION = List.of(".", "!", "?", "…", "\"", "'", "**", "(", ")",
      "[", "]", "“", "”", "«", "»", ",", ";", ":", "—", "¿", "¡", "_", "。", "、");
  private static final List<String> SPACES = List.of(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u3000");

  private static Grader grader(Map<String, Object> options) {
    return new ExactMatchGraderProvider().create(new GraderConfig("exact-match", options));
  }

  private static Score grade(Grader grader, String completion, List<String> golds) {
    Reference reference = new Reference(golds, golds, "", "", "", "", Map.of());
    return grader.grade(Rollout.of(completion), reference, GradeContext.unlimited());
  }

  private static <T> T pick(List<T> items, RandomText random) {
    return items.get(random.nextInt(items.size()));
  }

  /** The gold again, with letter case changed, punctuation around it and extra whitespace. */
  private static String disguise(String gold, RandomText random) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(random.nextBoolean() ? pick(PUNCTUATION, random) : pick(SPACES, random));
    }
    for (char c : gold.toCharArray()) {
      if (c == ' ') {
        sb.append(pick(SPACES, random)).append(random.nextBoolean() ? pick(SPACES, random) : "");
      } else {
        sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      sb.append(random.nextBoolean() ? pick(PUNCTUATION, random) : pick(SPACES, random));
    }
    return sb.toString();
  }

  private static String r1(String reasoning, String answer) {
    return "<think>" + reasoning + "</think>\n<answer>" + answer + "</answer>";
  }

  @Test
  void normalizedMatchSurvivesCasePunctuationAndWhitespace() {
    RandomText random = new RandomText(7L);
    Grader grader = grader(Map.of());
    for (int i = 0; i < CASES; i++) {
      String gold = random.words(1 + random.nextInt(5));
      String answer = disguise(gold, random);

      Score score = grade(grader, r1(random.words(6), answer), List.of(gold));

      assertThat(score.verdict()).as("answer [%s] for gold [%s]", answer, gold).isEqualTo(Verdict.CORRECT);
      assertThat(score.value()).isEqualTo(1.0);
    }
  }

  @Test
  void disguisingTheGoldInsteadOfTheAnswerMatchesToo() {
    RandomText random = new RandomText(8L);
    Grader grader = grader(Map.of());
    for (int i = 0; i < CASES; i++) {
      String answer = random.words(1 + random.nextInt(5));
      String gold = disguise(answer, random);

      assertThat(grade(grader, r1("", answer), List.of(gold)).verdict())
          .as("answer [%s] for gold [%s]", answer, gold).isEqualTo(Verdict.CORRECT);
    }
  }

  @Test
  void anExtraWordBreaksTheMatch() {
    RandomText random = new RandomText(9L);
    Grader grader = grader(Map.of());
    for (int i = 0; i < CASES; i++) {
      String gold = random.words(1 + random.nextInt(5));
      String answer = disguise(gold + " zq" + random.words(1), random);

      Score score = grade(grader, r1(random.words(3), answer), List.of(gold));

      assertThat(score.verdict()).as("answer [%s] for gold [%s]", answer, gold).isEqualTo(Verdict.INCORRECT);
      assertThat(score.value()).isZero();
    }
  }

  @Test
  void partialCreditStaysBetweenTheThresholdAndOne() {
    RandomText random = new RandomText(10L);
    Grader grader = grader(Map.of("similarity_threshold", 0.7));
    for (int i = 0; i < CASES; i++) {
      String gold = random.words(1 + random.nextInt(3));
      String answer = random.nextBoolean() ? gold + random.words(1) : random.words(2);

      Score score = grade(grader, r1("", answer), List.of(gold));

      switch (score.verdict()) {
        case CORRECT -> assertThat(score.value()).isEqualTo(1.0);
        case PARTIAL -> assertThat(score.value()).isGreaterThanOrEqualTo(0.7).isLessThan(1.0);
        case INCORRECT -> assertThat(score.value()).isZero();
        default -> throw new AssertionError("unexpected " + score);
      }
    }
  }

  @Test
  void neverThrowsWhateverTheCompletionGoldsAndOptions() {
    RandomText random = new RandomText(11L);
    List<String> modes = MatchMode.optionValues();
    List<Double> thresholds = List.of(1.0, 0.9, 0.5, 0.01);
    for (int i = 0; i < CASES; i++) {
      Map<String, Object> options = Map.of("mode", pick(modes, random),
          "case_sensitive", random.nextBoolean(), "similarity_threshold", pick(thresholds, random));
      List<String> golds = new ArrayList<>();
      for (int g = random.nextInt(4); g > 0; g--) {
        golds.add(random.next(6));
      }
      String completion = random.next(40);
      AtomicReference<Score> score = new AtomicReference<>();

      assertThatCode(() -> score.set(grade(grader(options), completion, golds)))
          .as("options %s, golds %s, completion [%s]", options, golds, completion)
          .doesNotThrowAnyException();
      assertThat(score.get().value()).isBetween(0.0, 1.0);
      assertThat(score.get().details()).containsKeys("pred", "mode", "answer_source");
    }
  }
}
