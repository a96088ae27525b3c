package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.GradeCancelledException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExactMatchGraderTest {
  private static final Map<String, Object> DEFAULTS = Map.of();
  private static final Map<String, Object> EXACT = Map.of("mode", "exact");
  private static final Map<String, Object> REGEX = Map.of("mode", "regex");

  private static Score grade(Map<String, Object> options, String completion, String... golds) {
    return grade(options, completion, Reference.ofAnswers(golds));
  }

  private static Score grade(Map<String, Object> options, String completion, Reference reference) {
    return new ExactMatchGraderProvider()
        .create(new GraderConfig("exact-match", options))
        .grade(Rollout.of("What is the capital of France?", completion), reference, GradeContext.unlimited());
  }

  private static String r1(String answer) {
    return "<think>The capital of France is well known.</think> <answer>" + answer + "</answer>";
  }

  @Nested
  class FindingTheAnswer {

    @Test
    void gradesTheLastAnswerBlock() {
      Score score = grade(DEFAULTS, "<answer>Lyon</answer> no: <answer>Paris</answer>", "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(score.details()).containsEntry("pred", "Paris").containsEntry("answer_source", "answer_tag");
    }

    @Test
    void gradesTheTextAfterThinkWhenThereIsNoAnswerBlock() {
      Score score = grade(DEFAULTS, "<think>Lyon? No.</think>\nParis", "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(score.details()).containsEntry("answer_source", "after_think");
    }

    @Test
    void gradesTheWholeCompletionWhenThereAreNoTags() {
      Score score = grade(DEFAULTS, "paris", "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(score.details()).containsEntry("answer_source", "completion");
    }

    @Test
    void gradesTheContentOfABoxedAnswer() {
      Score score = grade(EXACT, "<think>2^10</think> The answer is \\boxed{1024}.", "1024");

      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(score.details()).containsEntry("pred", "1024").containsEntry("boxed", true);
    }

    @Test
    void doesNotCreditHedgingBetweenTwoBoxedAnswers() {
      assertThat(grade(DEFAULTS, r1("\\boxed{3} or \\boxed{4}"), "4").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void doesNotCreditAnAnswerThatOnlyTheReasoningMentions() {
      Score score = grade(DEFAULTS, "<think>Paris</think> <answer>Lyon</answer>", "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(score.value()).isZero();
    }

    @Test
    void doesNotCreditATruncatedAnswerBlock() {
      Score score = grade(DEFAULTS, "<think>easy</think> <answer>Paris", "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(score.details()).containsEntry("pred", "<answer>Paris");
    }
  }

  @Nested
  class NormalizedMode {

    @Test
    void ignoresCasePunctuationArticlesAndSpacing() {
      Score score = grade(DEFAULTS, r1("  The   EIFFEL tower! "), "Eiffel Tower");

      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(score.details()).containsEntry("gold", "Eiffel Tower").containsEntry("mode", "normalized");
    }

    @Test
    void unescapesHtmlAndAppliesNfkc() {
      assertThat(grade(DEFAULTS, r1("AT&amp;T"), "AT&T").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(grade(DEFAULTS, r1("４２"), "42").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void creditsAnyOfSeveralGolds() {
      Score score = grade(DEFAULTS, r1("72.0"), "72", "72.0");

      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(score.details()).containsEntry("gold", "72.0");
    }

    @Test
    void scoresAWrongAnswerZeroAndListsTheGolds() {
      Score score = grade(DEFAULTS, r1("Lyon"), "Paris", "Paname");

      assertThat(score.value()).isZero();
      assertThat(score.verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(score.details()).containsEntry("golds", List.of("Paris", "Paname"));
      assertThat(score.reason()).contains("Lyon").contains("2 gold answers");
    }

    @Test
    void keepsNumbersApart() {
      assertThat(grade(DEFAULTS, r1("7.2"), "72").verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(grade(DEFAULTS, r1("-5"), "5").verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(grade(DEFAULTS, r1("1,000"), "1000").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void keepsMultipleChoiceLettersApart() {
      assertThat(grade(DEFAULTS, r1("(A)"), "A").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(grade(DEFAULTS, r1("The"), "A").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void comparesCaseWhenCaseSensitive() {
      Map<String, Object> options = Map.of("case_sensitive", true);

      assertThat(grade(options, r1("the Paris."), "Paris").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(grade(options, r1("paris"), "Paris").verdict()).isEqualTo(Verdict.INCORRECT);
    }
  }

  @Nested
  class ExactMode {

    @Test
    void requiresTheSameTextAfterTrimming() {
      assertThat(grade(EXACT, r1("\n  Paris \t"), "Paris").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(grade(EXACT, r1("Paris."), "Paris").verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(grade(EXACT, r1("AT&amp;T"), "AT&T").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void comparesCaseUnlessToldNotTo() {
      assertThat(grade(EXACT, r1("paris"), "Paris").verdict()).isEqualTo(Verdict.INCORRECT);

      Map<String, Object> caseless = Map.of("mode", "exact", "case_sensitive", false);
      assertThat(grade(caseless, r1("paris"), "Paris").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void reportsTheMode() {
      assertThat(grade(EXACT, r1("Paris"), "Paris").details()).containsEntry("mode", "exact");
    }
  }

  @Nested
  class RegexMode {

    @Test
    void requiresTheGoldToMatchTheWholeAnswer() {
      assertThat(grade(REGEX, r1("42"), "\\d+").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(grade(REGEX, r1("42 apples"), "\\d+").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void ignoresCaseByDefault() {
      assertThat(grade(REGEX, r1("PARIS"), "paris|lyon").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(grade(REGEX, r1("ÉCOLE"), "école").verdict()).isEqualTo(Verdict.CORRECT);

      Map<String, Object> strict = Map.of("mode", "regex", "case_sensitive", "true");
      assertThat(grade(strict, r1("PARIS"), "paris|lyon").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void reportsTheGoldThatMatched() {
      Score score = grade(REGEX, r1("x = 3"), "y = \\d", "x\\s*=\\s*3");

      assertThat(score.details()).containsEntry("gold", "x\\s*=\\s*3").containsEntry("mode", "regex");
    }

    @Test
    void flagsAGoldThatIsNotARegexAsInvalidInput() {
      Score score = grade(REGEX, r1("42"), "42", "(unclosed");

      assertThat(score.verdict()).isEqualTo(Verdict.INVALID_INPUT);
      assertThat(score.value()).isZero();
      assertThat(score.reason()).contains("not a usable regex");
      assertThat(score.details()).containsEntry("gold", "(unclosed");
    }

    @Test
    void refusesOverlongRegexGolds() {
      Score score = grade(REGEX, r1("a"), "a?".repeat(501));

      assertThat(score.verdict()).isEqualTo(Verdict.INVALID_INPUT);
      assertThat(score.reason()).contains("1000");
    }

    @Test
    void turnsAStackOverflowIntoAnInternalError() {
      Score score = grade(REGEX, r1("ab".repeat(500_000)), "(a|b)*");

      assertThat(score.verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
      assertThat(score.value()).isZero();
    }

    @Test
    void stopsARunawayMatchWhenTheGradeIsCancelled() {
      GradeContext expired = GradeContext.withTimeout(Duration.ZERO);
      Rollout rollout = Rollout.of(r1("a".repeat(10_000) + "!"));

      assertThatThrownBy(() -> new ExactMatchGraderProvider()
          .create(new GraderConfig("exact-match", REGEX))
          .grade(rollout, Reference.ofAnswers("(a+)+b"), expired))
          .isInstanceOf(GradeCancelledException.class);
    }

    @Test
    void givesNoPartialCredit() {
      Map<String, Object> options = Map.of("mode", "regex", "similarity_threshold", 0.5);

      assertThat(grade(options, r1("Pariss"), "Paris").verdict()).isEqualTo(Verdict.INCORRECT);
    }
  }

  @Nested
  class PartialCredit {
    private final Map<String, Object> lenient = Map.of("similarity_threshold", 0.9);

    @Test
    void isOffByDefault() {
      assertThat(grade(DEFAULTS, r1("Pariss"), "Paris").verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @Test
    void givesANearMissItsSimilarityToTheNormalizedGold() {
      Score score = grade(lenient, r1("Pariss"), "Paris");
      double expected = new JaroWinklerSimilarity().apply("pariss", "paris");

      assertThat(score.verdict()).isEqualTo(Verdict.PARTIAL);
      assertThat(score.value()).isCloseTo(expected, within(1e-12)).isBetween(0.9, 1.0).isLessThan(1.0);
      assertThat(score.details()).containsEntry("gold", "Paris").containsKey("similarity");
    }

    @Test
    void comparesWithTheNearestOfSeveralGolds() {
      Score score = grade(lenient, r1("Pariss"), "Lyon", "Paris");

      assertThat(score.details()).containsEntry("gold", "Paris");
    }

    @Test
    void givesNothingBelowTheThreshold() {
      Score score = grade(lenient, r1("London"), "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.INCORRECT);
      assertThat(score.value()).isZero();
    }

    @Test
    void stillGivesFullCreditForAMatch() {
      assertThat(grade(lenient, r1("paris"), "Paris").value()).isEqualTo(1.0);
    }

    @Test
    void worksOnTheTrimmedTextInExactMode() {
      Map<String, Object> options = Map.of("mode", "exact", "similarity_threshold", 0.8);
      Score score = grade(options, r1("Paris!"), "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.PARTIAL);
      assertThat(score.value()).isCloseTo(new JaroWinklerSimilarity().apply("Paris!", "Paris"), within(1e-12));
    }
  }

  @Nested
  class WhatCannotBeCredited {

    @Test
    void flagsAReferenceWithoutGoldAsInvalidInput() {
      Score score = grade(DEFAULTS, r1("Paris"), Reference.none());

      assertThat(score.verdict()).isEqualTo(Verdict.INVALID_INPUT);
      assertThat(score.verdict().isJudgement()).isFalse();
      assertThat(score.value()).isZero();
    }

    @Test
    void treatsBlankGoldsAsNoGold() {
      assertThat(grade(DEFAULTS, r1("Paris"), "", "  ").verdict()).isEqualTo(Verdict.INVALID_INPUT);
    }

    @Test
    void givesNoAnswerForAnEmptyAnswerBlock() {
      Score score = grade(DEFAULTS, r1("   "), "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.NO_ANSWER);
      assertThat(score.value()).isZero();
      assertThat(score.reason()).contains("<answer> block is empty");
    }

    @Test
    void givesNoAnswerWhenNothingFollowsThink() {
      Score score = grade(REGEX, "<think>Paris, surely</think>\n", "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.NO_ANSWER);
      assertThat(score.reason()).contains("nothing follows");
    }

    @Test
    void givesNoAnswerForAnEmptyBox() {
      Score score = grade(DEFAULTS, r1("\\boxed{ }"), "Paris");

      assertThat(score.verdict()).isEqualTo(Verdict.NO_ANSWER);
      assertThat(score.reason()).contains("boxed");
    }

    @Test
    void givesNoAnswerForAnEmptyCompletion() {
      assertThat(grade(EXACT, "", "Paris").verdict()).isEqualTo(Verdict.NO_ANSWER);
    }
  }

  @Nested
  class Details {

    @Test
    void clipsThePredictionTo200Chars() {
      Score score = grade(DEFAULTS, r1("x".repeat(5_000)), "Paris");

      assertThat((String) score.details().get("pred")).hasSize(ExactMatchGrader.DETAIL_LIMIT);
    }

    @Test
    void neverSplitsASurrogatePairWhenClipping() {
      String text = "x".repeat(199) + "\uD83D\uDE00" + "y";

      assertThat(ExactMatchGrader.clip(text)).isEqualTo("x".repeat(199));
    }

    @Test
    void keepsTheAnswerAsWrittenRatherThanNormalized() {
      assertThat(grade(DEFAULTS, r1("The PARIS!"), "Paris").details()).containsEntry("pred", "The PARIS!");
    }
  }
}
