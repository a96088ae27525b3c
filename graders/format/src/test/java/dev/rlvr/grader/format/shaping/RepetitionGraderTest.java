package dev.rlvr.grader.format.shaping;

import static dev.rlvr.grader.format.shaping.Shaping.grade;
import static dev.rlvr.grader.format.shaping.Shaping.grader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-built texts whose unique and total n-gram counts are worked out in the comments. */
class RepetitionGraderTest {
  private static final RepetitionGraderProvider PROVIDER = new RepetitionGraderProvider();

  @Nested
  class Words {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      // (a b c) (b c a) (c a b) (a b c): 3 of 4 distinct
      "a b c a b c                 | 6 | 4 | 3 | -0.25",
      // case is ignored, as open-r1's lower()
      "The cat sat the CAT sat     | 6 | 4 | 3 | -0.25",
      // (x x x) three times: 1 of 3 distinct
      "x x x x x                   | 5 | 3 | 1 | -0.6666666666666667",
      "one two three four          | 4 | 2 | 2 | 0.0"})
    void penaliseTheShareOfRepeatedTrigrams(String text, int units, int total, int unique, double value) {
      Score score = grade(grader(PROVIDER, "unit", "words"), text);

      assertThat(score.details()).containsEntry("units", units).containsEntry("total_ngrams", total)
          .containsEntry("unique_ngrams", unique).containsEntry("unit", "words");
      assertThat(score.value()).isCloseTo(value, within(1e-12));
      assertThat(score.verdict()).isEqualTo(value == 0.0 ? Verdict.CORRECT : Verdict.PARTIAL);
    }

    @Test
    void splitOnTabsNewlinesAndNonBreakingSpacesAsPythonDoes() {
      Score score = grade(grader(PROVIDER), "a\tb\u00A0c\na \u3000 b\u0085c");

      assertThat(score.details()).containsEntry("units", 6).containsEntry("unique_ngrams", 3);
      assertThat(score.value()).isEqualTo(-0.25);
    }

    @Test
    void scaleByMaxPenalty() {
      Score score = grade(grader(PROVIDER, "max_penalty", -0.5), "x x x x x");

      assertThat(score.value()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void useTheConfiguredNgramSize() {
      // bigrams (a b) (b a) (a b) (b a): 2 of 4 distinct
      Score score = grade(grader(PROVIDER, "ngram_size", 2), "a b a b a");

      assertThat(score.details()).containsEntry("total_ngrams", 4).containsEntry("unique_ngrams", 2);
      assertThat(score.value()).isEqualTo(-0.5);
    }

    @Test
    void giveZeroToTextsShorterThanOneNgram() {
      for (String text : new String[] {"", "   ", "hello world"}) {
        Score score = grade(grader(PROVIDER), text);
        assertThat(score.value()).as(text).isZero();
        assertThat(score.verdict()).as(text).isEqualTo(Verdict.CORRECT);
        assertThat(score.details()).containsEntry("total_ngrams", 0);
      }
    }

    @Test
    void measureOnlyTheAnswerWhenAsked() {
      String completion = "<think>go go go go go</think><answer>one two three</answer>";

      assertThat(grade(grader(PROVIDER, "scope", "answer"), completion).value()).isZero();
      assertThat(grade(grader(PROVIDER, "scope", "think"), completion).value()).isNegative();
    }
  }

  @Nested
  class TextWithoutSpaces {

    @Test
    void countChineseCharacters() {
      // 我们我 们我们 我们我 们我们: 2 of 4 distinct
      Score score = grade(grader(PROVIDER), "我们我们我们");

      assertThat(score.details()).containsEntry("unit", "chars").containsEntry("units", 6)
          .containsEntry("total_ngrams", 4).containsEntry("unique_ngrams", 2);
      assertThat(score.value()).isEqualTo(-0.5);
    }

    @Test
    void countJapaneseKana() {
      // 11 chars (the comma counts): ありが りがと がとう とう、 う、あ 、あり ありが りがと がとう: 6 of 9 distinct
      Score score = grade(grader(PROVIDER), "ありがとう、ありがとう");

      assertThat(score.details()).containsEntry("unit", "chars");
      assertThat(score.details()).containsEntry("total_ngrams", 9).containsEntry("unique_ngrams", 6);
      assertThat(score.value()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void seeAClauseAsOneWordWhenForcedToWords() {
      assertThat(grade(grader(PROVIDER, "unit", "words"), "我们我们我们").value()).isZero();
    }

    @Test
    void keepWordsForEnglishWithAFewChineseCharacters() {
      assertThat(NgramCounter.guess("the answer is 四 and the method is fine")).isEqualTo(RepetitionUnit.WORDS);
      assertThat(NgramCounter.guess("设 x = 1，则 x + 1 = 2，所以答案是 2")).isEqualTo(RepetitionUnit.CHARS);
      assertThat(NgramCounter.guess("")).isEqualTo(RepetitionUnit.WORDS);
    }
  }

  @Nested
  class Preconditions {

    @Test
    void rejectAPositivePenalty() {
      assertThatThrownBy(() -> grader(PROVIDER, "max_penalty", 0.5)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("must be 0 or negative");
    }

    @Test
    void rejectNgramSizesOutOfRange() {
      assertThatThrownBy(() -> grader(PROVIDER, "ngram_size", 0)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("from 1 to 64");
      assertThatThrownBy(() -> grader(PROVIDER, "ngram_size", 65)).isInstanceOf(ConfigException.class);
    }

    @Test
    void rejectUnknownUnitsAndOptions() {
      assertThatThrownBy(() -> grader(PROVIDER, "unit", "tokens")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("words, chars, auto");
      assertThatThrownBy(() -> grader(PROVIDER, "n", 3)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("ngram_size");
    }
  }
}
