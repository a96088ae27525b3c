package dev.rlvr.grader.language;

import static dev.rlvr.grader.language.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Message;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetAndScopeTest {
  private static final String ZH = Texts.CHINESE;
  private static final String EN = Texts.join(Texts.ENGLISH);

  private static Rollout rollout(String prompt, String completion, String reasoning) {
    return new Rollout("", prompt, List.of(), completion, reasoning, Map.of());
  }

  @Nested
  class Target {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh, zh", "Chinese, zh", "zh-CN, zh", "zh_Hans, zh", "中文, zh", "chinese (simplified), zh",
        "Mandarin, zh", "ja, ja", "Japanese, ja", "日本語, ja", "English, en", "eng, en", "en-US, en",
        "pt-BR, pt", "Deutsch, de", "français, fr", "Russian, ru", "ar, ar", "한국어, ko", "iw, he"})
    void readsCodesTagsAndNames(String written, String code) {
      assertThat(LanguageNames.parse(written)).map(Language::code).contains(code);
    }

    @Test
    void knowsTheScriptsOfCjk() {
      assertThat(LanguageNames.parse("ja").orElseThrow().scriptNames()).isEqualTo("Hani+Hira+Kana");
      assertThat(LanguageNames.parse("zh-TW").orElseThrow().scriptNames()).isEqualTo("Hani");
      assertThat(LanguageNames.parse("ko").orElseThrow().scriptNames()).isEqualTo("Hang");
      assertThat(LanguageNames.parse("sr-Latn").orElseThrow().scriptNames()).isEqualTo("Latn");
    }

    @Test
    void anUnknownTargetIsInvalidInput() {
      Score score = grade(Grading.DEFAULT, Rollout.of("<think>" + EN + "</think>"), "Klingonese");
      assertThat(score.verdict()).isEqualTo(Verdict.INVALID_INPUT);
      assertThat(score.reason()).contains("Klingonese");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "zh | 一个三角形的底是6，高是4，它的面积是多少？请详细说明。",
        "ja | 三角形の底辺が6で高さが4のとき、面積はいくつですか。",
        "fr | Quelle est l'aire d'un triangle dont la base vaut six et la hauteur quatre ?",
        "de | Wie groß ist die Fläche eines Dreiecks mit der Grundseite sechs und der Höhe vier?",
        "ru | Чему равна площадь треугольника с основанием шесть и высотой четыре?",
        "ar | ما مساحة مثلث قاعدته ستة وارتفاعه أربعة؟",
        "en | What is the area of a triangle whose base is six and whose height is four?"})
    void withoutATargetThePromptsLanguageIsTheTarget(String code, String prompt) {
      Score score = Grading.DEFAULT.grade(rollout(prompt, "<think>" + ZH + "</think>", ""),
          Reference.none(), GradeContext.unlimited());
      assertThat(score.details()).containsEntry("target_language", code).containsEntry("target_source", "prompt");
    }

    @Test
    void theLastUserMessageIsThePrompt() {
      Rollout chat = new Rollout("", "一个三角形的面积是多少？",
          List.of(Message.of("system", "You are a helpful assistant who always reasons step by step."),
              Message.of("user", "一个三角形的面积是多少？")), "<think>" + ZH + "</think>", "", Map.of());
      Score score = Grading.DEFAULT.grade(chat, Reference.none(), GradeContext.unlimited());
      assertThat(score.details()).containsEntry("target_language", "zh");
      assertThat(score.value()).isEqualTo(1.0);
    }

    @Test
    void withNoTargetAndNoPromptTheDefaultLanguageIsTheTarget() {
      Score score = Grading.DEFAULT.grade(Rollout.of("<think>" + EN + "</think>"), Reference.none(),
          GradeContext.unlimited());
      assertThat(score.details()).containsEntry("target_language", "en").containsEntry("target_source", "default");
      Grader none = Grading.grader(Map.of("default_language", ""));
      assertThat(none.grade(Rollout.of("<think>" + EN + "</think>"), Reference.none(), GradeContext.unlimited())
          .verdict()).isEqualTo(Verdict.INVALID_INPUT);
    }
  }

  @Nested
  class Scope {
    @Test
    void reasoningContentIsTheChainOfThought() {
      Score score = grade(Grading.DEFAULT, rollout("", "The area is 12.", ZH), "zh");
      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("text", "reasoning_content");
    }

    @Test
    void aPrefilledThinkBlockEndsAtTheClosingTag() {
      Score score = grade(Grading.DEFAULT, Rollout.of(ZH + "</think>\n" + EN), "zh");
      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("text", "think_block (prefilled)");
    }

    @Test
    void anUnclosedThinkBlockRunsToTheEnd() {
      Score score = grade(Grading.DEFAULT, Rollout.of("<think>" + ZH + "\n" + Texts.CHINESE_10), "zh");
      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("text", "think_block (unclosed)");
    }

    @Test
    void withoutThinkTagsTheWholeCompletionIsMeasured() {
      Score score = grade(Grading.DEFAULT, Rollout.of(ZH + "\n" + Texts.CHINESE_10), "zh");
      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("text", "completion (no think block)");
    }

    @Test
    void theAnswerAndCompletionScopesMeasureOtherText() {
      Rollout mixed = Rollout.of("<think>" + ZH + "</think>\n" + EN);
      assertThat(grade(Grading.grader(Map.of("scope", "answer")), mixed, "zh").value()).isZero();
      double whole = grade(Grading.grader(Map.of("scope", "completion")), mixed, "zh").value();
      assertThat(whole).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void thinkTagsAreNotWords() {
      Score score = grade(Grading.grader(Map.of("scope", "completion")),
          Rollout.of("<think>" + ZH + "</think><answer>" + Texts.CHINESE_10 + "</answer>"), "zh");
      assertThat(score.value()).isEqualTo(1.0);
      assertThat(Grading.map(score, "ignored")).containsEntry("markup", 4);
    }
  }

  @Nested
  class Options {
    @Test
    void scriptOnlyCannotTellFrenchFromEnglish() {
      String cot = "<think>" + Texts.join(Texts.FRENCH) + "</think>";
      assertThat(grade(Grading.grader(Map.of("detector", "script")), Rollout.of(cot), "en").value()).isEqualTo(1.0);
      assertThat(grade(Grading.DEFAULT, Rollout.of(cot), "en").value()).isZero();
    }

    @Test
    void lowAccuracyStillTellsLongSentencesApart() {
      String cot = "<think>" + Texts.join(Texts.GERMAN) + " " + Texts.join(Texts.ENGLISH) + "</think>";
      Score score = grade(Grading.grader(Map.of("accuracy", "low")), Rollout.of(cot), "de");
      int de = Texts.words(Texts.GERMAN);
      assertThat(score.value()).isCloseTo(de / (double) (de + Texts.words(Texts.ENGLISH)),
          within(0.1));
    }

    @Test
    void numbersCountAgainstTheTargetWhenNotIgnored() {
      String cot = "<think>There are 12 apples and 7 pears in the basket.</think>";
      Grader counting = Grading.grader(Map.of("ignore", List.of("latex", "code", "urls", "markup", "variables")));
      Score score = grade(counting, Rollout.of(cot), "en");
      assertThat(score.value()).isCloseTo(8.0 / 10, within(1e-9));
      assertThat(Grading.map(score, "other_by_language")).containsEntry("number", 2);
    }

    @Test
    void theVerdictFollowsCorrectAt() {
      String cot = "<think>" + Texts.join(Texts.ENGLISH) + "\n" + Texts.CHINESE_10 + "</think>";
      assertThat(grade(Grading.DEFAULT, Rollout.of(cot), "en").verdict()).isEqualTo(Verdict.PARTIAL);
      assertThat(grade(Grading.grader(Map.of("correct_at", 0.5)), Rollout.of(cot), "en").verdict())
          .isEqualTo(Verdict.CORRECT);
    }

    @Test
    void noWordsScoreIsTheValueOfAnEmptyChainOfThought() {
      Score score = grade(Grading.grader(Map.of("no_words_score", 1.0)), Rollout.of("<think>$x=1$</think>"), "en");
      assertThat(score.verdict()).isEqualTo(Verdict.NO_ANSWER);
      assertThat(score.value()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {"scope | reasoning", "candidates | en,xx-nonsense-tag", "ignore | latex,emoji",
        "correct_at | 1.5", "no_words_score | -1", "min_detect_words | 0", "accuracy | medium",
        "detector | fasttext", "default_language | Elvish", "colour | blue"})
    void badOptionsAreRejectedWhenTheRecipeIsLoaded(String key, String value) {
      assertThatThrownBy(() -> Grading.grader(Map.of(key, value)))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(key);
    }
  }
}
