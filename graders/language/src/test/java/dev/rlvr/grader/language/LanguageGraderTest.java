package dev.rlvr.grader.language;

import static dev.rlvr.grader.language.Grading.count;
import static dev.rlvr.grader.language.Grading.map;
import static dev.rlvr.grader.language.Grading.think;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.api.Rollout;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGraderTest {

  @Nested
  class SingleLanguage {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "fr", "de", "ru", "ar", "zh", "ja"})
    void aChainOfThoughtInTheTargetLanguageScoresOne(String language) {
      Score score = think(sample(language), language);
      assertThat(score.value()).as(score.reason()).isEqualTo(1.0);
      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(count(score, "target_words")).isPositive();
    }

    @ParameterizedTest(name = "{0} graded as {1}")
    @CsvSource({"en, zh", "zh, en", "ja, en", "ru, ar", "ar, ru", "de, ja", "zh, ko"})
    void aChainOfThoughtInAnotherScriptScoresZero(String written, String target) {
      Score score = think(sample(written), target);
      assertThat(score.value()).as(score.reason()).isZero();
      assertThat(score.verdict()).isEqualTo(Verdict.INCORRECT);
    }

    @ParameterizedTest(name = "{0} graded as {1}")
    @CsvSource({"fr, en", "de, en", "en, fr", "en, de", "fr, de", "ru, uk"})
    void aSameScriptLanguageIsToldApartBySentence(String written, String target) {
      Score score = think(sample(written), target);
      assertThat(score.value()).as(score.reason()).isZero();
      assertThat(map(score, "other_by_language")).containsKey(written);
    }

    @Test
    void japaneseKanaIsNotChinese() {
      Score score = think(Texts.JAPANESE, "zh");
      assertThat(score.value()).as(score.reason()).isLessThan(0.1);
      assertThat(map(score, "other_by_language")).containsKeys("Hira");
    }

    private String sample(String language) {
      return switch (language) {
        case "en" -> Texts.join(Texts.ENGLISH);
        case "fr" -> Texts.join(Texts.FRENCH);
        case "de" -> Texts.join(Texts.GERMAN);
        case "ru" -> Texts.join(Texts.RUSSIAN);
        case "ar" -> Texts.ARABIC;
        case "zh" -> Texts.CHINESE;
        case "ja" -> Texts.JAPANESE;
        default -> throw new IllegalArgumentException(language);
      };
    }
  }

  @Nested
  class KnownRatios {
    @Test
    void thirtyEnglishAndTenChineseWords() {
      String english = Texts.join(Texts.ENGLISH.subList(0, 3)) + "\n";
      int en = Texts.words(Texts.ENGLISH.subList(0, 3));
      String cot = english + Texts.CHINESE_10;
      assertThat(think(cot, "zh").value()).isCloseTo(10.0 / (en + 10), within(1e-9));
      assertThat(think(cot, "en").value()).isCloseTo(en / (en + 10.0), within(1e-9));
    }

    @Test
    void englishAndJapaneseWords() {
      int en = Texts.words(Texts.ENGLISH);
      String cot = Texts.JAPANESE_8 + "\n" + Texts.join(Texts.ENGLISH);
      Score score = think(cot, "ja");
      assertThat(score.value()).as(score.details().toString()).isCloseTo(8.0 / (en + 8), within(1e-9));
      assertThat(score.verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void russianWithAnEnglishSentence() {
      int ru = Texts.words(Texts.RUSSIAN);
      int en = Texts.words(Texts.ENGLISH.get(1));
      String cot = Texts.join(Texts.RUSSIAN.subList(0, 2)) + " " + Texts.ENGLISH.get(1) + " "
          + Texts.join(Texts.RUSSIAN.subList(2, 4));
      assertThat(think(cot, "ru").value()).isCloseTo(ru / (double) (ru + en), within(1e-9));
    }

    @Test
    void frenchWithAnEnglishSentenceSameScript() {
      int fr = Texts.words(Texts.FRENCH);
      int en = Texts.words(Texts.ENGLISH.get(4));
      String cot = Texts.join(Texts.FRENCH.subList(0, 2)) + " " + Texts.ENGLISH.get(4) + " "
          + Texts.join(Texts.FRENCH.subList(2, 4));
      Score score = think(cot, "fr");
      assertThat(score.value()).as(score.details().toString()).isCloseTo(fr / (double) (fr + en), within(1e-9));
      assertThat(map(score, "other_by_language")).containsEntry("en", en);
      assertThat(score.details().get("method").toString()).startsWith("script+lingua");
    }

    @Test
    void germanWithChineseWords() {
      int de = Texts.words(Texts.GERMAN);
      Score score = think(Texts.join(Texts.GERMAN) + "\n" + Texts.CHINESE_10, "de");
      assertThat(score.value()).isCloseTo(de / (de + 10.0), within(1e-9));
      assertThat(map(score, "other_by_language")).containsEntry("Hani", 10);
    }

    @Test
    void arabicWithEnglishWords() {
      String english = Texts.ENGLISH.get(0);
      Score score = think(Texts.ARABIC + "\n" + english, "ar");
      int en = Texts.words(english);
      assertThat(score.value()).isCloseTo(15.0 / (15 + en), within(1e-9));
      assertThat(map(score, "other_by_language")).containsEntry("Latn", en);
    }
  }

  @Nested
  class FormulasAndCode {
    @Test
    void latexCodeUrlsAndNumbersCountForNobody() {
      String cot = """
          Let me set up the integral first. We have $f(x) = x^2 + \\sin x$ and
          \\[ \\int_0^1 f(x)\\,dx = \\frac{1}{3} + 1 - \\cos 1 \\]
          \\begin{align} y &= mx + b \\\\ z &= \\alpha \\beta \\end{align}
          Now check it numerically with a short script.
          ```python
          import math
          print(sum(x * x for x in range(10)))  # quick check of the sum
          ```
          The helper `numpy.trapz(values, dx)` agrees, see https://example.org/docs/integrals for why.
          So the value is 0.8403 after 1000 steps.
          """;
      Score score = think(cot, "en");
      assertThat(score.value()).as(score.details().toString()).isEqualTo(1.0);
      assertThat(map(score, "ignored")).containsKeys("latex", "code", "urls", "numbers");
      assertThat(count(score, "target_words")).isEqualTo(
          Texts.words("Let me set up the integral first We have and Now check it numerically with a short"
              + " script The helper agrees see for why So the value is after steps"));
    }

    @Test
    void chineseReasoningFullOfFormulasStaysChinese() {
      String cot = "我们设 $f(x) = x^2 + \\sin x$，那么 \\(f'(x) = 2x + \\cos x\\)。"
          + "令 x = 2，则结果是 $f(2) = 4 + \\sin 2$。\n```python\nprint('check the answer')\n```\n"
          + "所以答案是 \\boxed{4 + \\sin 2}。";
      Score score = think(cot, "zh");
      assertThat(score.value()).as(score.details().toString()).isEqualTo(1.0);
      assertThat(map(score, "ignored")).containsKeys("latex", "code", "variables");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "三角形 ABC 中，AB = 3，BC = 4，求 AC 的长度。",
        "我们知道 sin x 的最大值是 1，而 cos x 的最小值是 -1。",
        "取对数得 log 8 = 3 log 2，再求 max 和 min。",
        "速度是 5 km/h，走了 3 h，一共 15 km。",
        "四边形 ABCD 的对角线 AC 和 BD 相交于点 O。"})
    void mathSymbolsWrittenAsWordsStayOutOfAChineseRatio(String cot) {
      // point names, functions and units outside $...$ are maths, not English
      Score score = think(cot, "zh");
      assertThat(score.value()).as(score.details().toString()).isEqualTo(1.0);
      assertThat(map(score, "ignored")).containsKey("variables");
    }

    @Test
    void symbolLikeWordsInAnEnglishSentenceStillCount() {
      Score score = think("我们来看这个三角形。Let ABC be the max of the triangle sides here.", "zh");
      assertThat(map(score, "other_by_language")).containsEntry("Latn", 10);
    }

    @Test
    void capitalsAndFunctionNamesAreWordsOfALatinTarget() {
      Score score = think("In triangle ABC the max of sin x is one.", "en");
      assertThat(count(score, "target_words")).isEqualTo(10);
      assertThat(score.value()).isEqualTo(1.0);
    }

    @Test
    void codeCountsWhenItIsNotIgnored() {
      String cot = "我们用程序检查答案。\n```python\nprint('check the answer')\n```\n";
      Score ignored = think(cot, "zh");
      Score counted = Grading.grade(Grading.grader(Map.of("ignore", "latex,urls,numbers,markup")),
          Rollout.of("<think>" + cot + "</think>"), "zh");
      assertThat(ignored.value()).isEqualTo(1.0);
      assertThat(counted.value()).isLessThan(1.0);
      assertThat(map(counted, "other_by_language")).containsKey("Latn");
    }

    @Test
    void onlyFormulasIsNoAnswer() {
      Score score = think("$x^2 + y^2 = 1$ \\[ 3 + 4 = 7 \\] 42", "en");
      assertThat(score.verdict()).isEqualTo(Verdict.NO_ANSWER);
      assertThat(score.value()).isZero();
    }

    @Test
    void pricesAreNotMath() {
      Score score = think("The pen costs $5 and the book costs $10 in total here.", "en");
      assertThat(count(score, "target_words")).isEqualTo(10);
      assertThat(map(score, "ignored")).doesNotContainKey("latex");
    }
  }
}
