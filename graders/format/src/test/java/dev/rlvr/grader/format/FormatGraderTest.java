package dev.rlvr.grader.format;

import static dev.rlvr.grader.format.Grading.grade;
import static dev.rlvr.grader.format.Grading.grader;
import static dev.rlvr.grader.format.Grading.unescape;
import static dev.rlvr.grader.format.Grading.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.Grader;
import dev.rlvr.api.Message;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Example completions, one behaviour each; the larger tables live in src/test/resources/format. */
class FormatGraderTest {

  @Nested
  class ValidCompletions {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/format/valid.csv", numLinesToSkip = 1)
    void scoreOne(String name, String template, String mode, String completion) {
      Score score = grade(grader("template", template, "mode", mode), unescape(completion));

      assertThat(score.value()).as(score.reason()).isEqualTo(1.0);
      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(violations(score)).isEmpty();
      assertThat(score.details()).containsEntry("template", template).containsEntry("mode", mode);
    }

    @Test
    void reportTheAnswerAndTheReasoningLength() {
      Score score = grade(grader(), "<think> two plus two </think>\n<answer>  4 \n</answer>");

      assertThat(score.details())
          .containsEntry("answer", "4")
          .containsEntry("think_chars", 10)
          .containsEntry("well_placed_tags", 4)
          .containsEntry("expected_tags", 4)
          .containsEntry("misplaced_tags", List.of());
    }

    @Test
    void cutTheReportedAnswerTo200Characters() {
      Score score = grade(grader(), "<think>r</think><answer>" + "x".repeat(500) + "</answer>");

      assertThat((String) score.details().get("answer")).hasSize(200);
    }
  }

  @Nested
  class RewardHacks {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/format/hacks.csv", numLinesToSkip = 1)
    void scoreZero(String name, String template, String mode, String completion, String violation) {
      Score score = grade(grader("template", template, "mode", mode), unescape(completion));

      assertThat(score.value()).isZero();
      assertThat(score.verdict()).isEqualTo(Verdict.FORMAT_ERROR);
      assertThat(violations(score)).first().isEqualTo(violation);
      assertThat(score.reason()).contains(violation);
    }

    @Test
    void listEveryViolationThatFired() {
      Score score = grade(grader(), "<think></think><answer>3</answer><answer>4</answer> done");

      assertThat(violations(score))
          .containsExactly("multiple_answer", "empty_think", "text_after_answer");
      assertThat(score.reason()).contains("multiple_answer").doesNotContain("empty_think");
    }

    @Test
    void reportOnlyMultipleThinkForTwoOtherwiseFineThinkBlocks() {
      Score score = grade(grader(), "<think>a</think><think>b</think><answer>4</answer>");

      assertThat(violations(score)).containsExactly("multiple_think");
    }

    @Test
    void rejectTruncationEvenWhenTheTextLooksComplete() {
      Score score = grade(grader(), Grading.withMetadata(
          "<think>a</think><answer>4</answer>", Map.of("finish_reason", "length")));

      assertThat(score.value()).isZero();
      assertThat(violations(score)).containsExactly("truncated");
    }

    @ParameterizedTest
    @CsvSource({"finish_reason,length", "stop_reason,length", "stop_reason,max_tokens", "truncated,true"})
    void readTruncationFromTheSamplersMetadata(String key, String value) {
      Score score = grade(grader(), Grading.withMetadata(
          "<think>a</think><answer>4</answer>", Map.of(key, value)));

      assertThat(violations(score)).containsExactly("truncated");
    }

    @Test
    void acceptATruncatedFlagGivenAsABoolean() {
      Score score = grade(grader(), Grading.withMetadata(
          "<think>a</think><answer>4</answer>", Map.of("truncated", true)));

      assertThat(violations(score)).containsExactly("truncated");
    }

    @ParameterizedTest
    @CsvSource({"finish_reason,stop", "stop_reason,eos", "truncated,false"})
    void ignoreMetadataThatSaysGenerationStoppedNormally(String key, String value) {
      Score score = grade(grader(), Grading.withMetadata(
          "<think>a</think><answer>4</answer>", Map.of(key, value)));

      assertThat(score.value()).isEqualTo(1.0);
    }
  }

  @Nested
  class Strictness {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay. <think>reasoning</think><answer>4</answer>",
        "<THINK>reasoning</THINK><ANSWER>4</ANSWER>",
        "<think >reasoning</ think><answer>4</answer>",
        "<think>reasoning</think>\nHence <answer>4</answer>"})
    void acceptInLenientModeWhatStrictModeRejects(String completion) {
      Score strict = grade(grader("mode", "strict"), completion);
      Score lenient = grade(grader("mode", "lenient"), completion);

      assertThat(strict.value()).isLessThan(1.0);
      assertThat(strict.verdict()).isNotEqualTo(Verdict.CORRECT);
      assertThat(lenient.value()).isEqualTo(1.0);
    }

    @Test
    void keepRejectingTextAfterTheAnswerInLenientMode() {
      Score score = grade(grader("mode", "lenient"), "<think>r</think><answer>4</answer> 5");

      assertThat(violations(score)).containsExactly("text_after_answer");
    }

    @Test
    void treatLookAlikeLettersAsText() {
      // U+212A KELVIN SIGN lower-cases to 'k' in Java, but no tag is spelled with it.
      Score score = grade(grader("mode", "lenient"), "<think>r</thin\u212A><answer>4</answer>");

      assertThat(score.verdict()).isEqualTo(Verdict.FORMAT_ERROR);
      assertThat(violations(score)).containsExactly("truncated", "answer_in_think");
    }
  }

  @Nested
  class Prefilled {
    private final Grader prefilled = grader("template", "prefilled");

    @Test
    void acceptReasoningThenTheAnswer() {
      Score score = grade(prefilled, "reasoning</think>\n\nThe answer is \\boxed{4}");

      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details())
          .containsEntry("template", "prefilled")
          .containsEntry("expected_tags", 1)
          .containsEntry("answer", "The answer is \\boxed{4}");
    }

    @Test
    void takeTheAnswerFromAnswerTagsWhenPresent() {
      Score score = grade(prefilled, "reasoning</think> <answer>4</answer>");

      assertThat(score.details()).containsEntry("answer", "4").containsEntry("expected_tags", 3);
    }

    @Test
    void rejectASecondThinkBlock() {
      Score score = grade(prefilled, "reasoning</think>\n<think>more</think> 4");

      assertThat(score.value()).isZero();
      assertThat(violations(score)).containsExactly("multiple_think");
    }

    @Test
    void rejectAnEmptyRest() {
      Score score = grade(prefilled, "reasoning</think>\n\n");

      assertThat(score.value()).isZero();
      assertThat(violations(score)).containsExactly("empty_answer");
    }

    @Test
    void requireAnswerTagsWhenAsked() {
      Score score = grade(grader("template", "prefilled", "answer_tags", "required"), "reasoning</think> 4");

      assertThat(score.value()).isCloseTo(1.0 / 3, within(1e-9));
      assertThat(score.details()).containsEntry("misplaced_tags", List.of("<answer>", "</answer>"));
    }

    @Test
    void letR1AnswersGoWithoutAnswerTagsWhenAsked() {
      Score score = grade(grader("answer_tags", "optional"), "<think>reasoning</think> \\boxed{4}");

      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("expected_tags", 2).containsEntry("answer", "\\boxed{4}");
    }
  }

  @Nested
  class AutomaticTemplate {
    private final Grader auto = grader();

    @Test
    void gradeAsPrefilledWhenThePromptEndsWithThink() {
      String completion = "reasoning</think>\n<answer>4</answer>";

      assertThat(grade(auto, Grading.PREFILLED_PROMPT, completion).value()).isEqualTo(1.0);
      assertThat(grade(auto, Grading.R1_PROMPT, completion).value()).isLessThan(1.0);
    }

    @Test
    void gradeAsR1OtherwiseEvenWhenThePromptMentionsTheTags() {
      String completion = "<think>reasoning</think>\n<answer>4</answer>";

      Score r1 = grade(auto, Grading.R1_PROMPT, completion);
      Score prefilled = grade(auto, Grading.PREFILLED_PROMPT, completion);

      assertThat(r1.value()).isEqualTo(1.0);
      assertThat(r1.details()).containsEntry("template", "r1");
      assertThat(prefilled.value()).isZero();
      assertThat(violations(prefilled)).containsExactly("multiple_think");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question?<think>", "Question?\n<think>\n", "Question? <think> \r\n\t "})
    void seeThePrefillThroughTrailingWhitespace(String prompt) {
      Score score = grade(auto, prompt, "reasoning</think> 4");

      assertThat(score.details()).containsEntry("template", "prefilled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question?", "<think>\nQuestion?", "Question? <think> Go", "Question? </think>"})
    void seeNoPrefillWhenThinkIsNotLast(String prompt) {
      Score score = grade(auto, prompt, "reasoning</think> 4");

      assertThat(score.details()).containsEntry("template", "r1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n"})
    void inferThePrefillFromTheCompletionWhenThereIsNoPrompt(String prompt) {
      // verl hands over the response alone: a first </think> shows the template opened the block
      Score score = grade(auto, prompt, "reasoning\n</think>\n\nThe answer is \\boxed{4}");

      assertThat(score.value()).as(score.reason()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("template", "prefilled");
    }

    @Test
    void inferThePrefillFromTheCompletionWhenThePromptCameAsChatMessages() {
      // TRL's conversational prompts: the chat template, and its <think>, is applied later
      Rollout rollout = new Rollout("", "What is 2+2?", List.of(Message.of("user", "What is 2+2?")),
          "reasoning\n</think>\n\n4", "", Map.of());

      Score score = grade(auto, rollout);

      assertThat(score.value()).as(score.reason()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("template", "prefilled");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<think>reasoning</think><answer>4</answer>",
        "The answer is 4.",
        "Let me think about this for a very long"})
    void keepR1WithoutAPromptUnlessTheCompletionClosesFirst(String completion) {
      assertThat(grade(auto, completion).details()).containsEntry("template", "r1");
      assertThat(grade(auto, Grading.chat(completion)).details()).containsEntry("template", "r1");
    }

    @Test
    void stillRejectHacksOfAnInferredPrefill() {
      assertThat(violations(grade(auto, "a</think><think>b</think> 4"))).contains("multiple_think");
      assertThat(violations(grade(auto, Grading.chat("</think> 4")))).containsExactly("empty_think");
    }

    @Test
    void letTheR1TemplateDemandTheOpeningTagWithoutAPrompt() {
      assertThat(grade(grader("template", "r1"), "reasoning</think><answer>4</answer>").value())
          .isEqualTo(0.5);
    }

    @Test
    void seeALenientPrefillOnlyInLenientMode() {
      String prompt = "Question?\n< THINK >\n";

      assertThat(grade(grader("mode", "lenient"), prompt, "r</think> 4").details())
          .containsEntry("template", "prefilled");
      assertThat(grade(auto, prompt, "r</think> 4").details()).containsEntry("template", "r1");
    }

    @Test
    void followTheTemplateOptionOverThePrompt() {
      String completion = "<think>reasoning</think>\n<answer>4</answer>";

      assertThat(grade(grader("template", "r1"), Grading.PREFILLED_PROMPT, completion).value())
          .isEqualTo(1.0);
    }
  }

  @Nested
  class SeparateReasoning {

    @Test
    void gradeTheReasoningFieldAsTheThinkBlock() {
      Score score = grade(grader(), Grading.withReasoning("Two plus two is four.", "The answer is 4."));

      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details())
          .containsEntry("template", "prefilled")
          .containsEntry("think_chars", 17)
          .containsEntry("answer", "The answer is 4.");
    }

    @Test
    void preferTheReasoningFieldOverTheTemplateOption() {
      Score score = grade(grader("template", "r1"), Grading.withReasoning("reasoning", "<answer>4</answer>"));

      assertThat(score.value()).isEqualTo(1.0);
      assertThat(score.details()).containsEntry("answer", "4");
    }

    @Test
    void rejectThinkTagsInTheContent() {
      Score score = grade(grader(), Grading.withReasoning("reasoning", "<think>more</think> 4"));

      assertThat(violations(score)).containsExactly("multiple_think");
    }

    @Test
    void rejectAnAnswerInTheReasoning() {
      Score score = grade(grader(), Grading.withReasoning("so <answer>4</answer>", "4"));

      assertThat(violations(score)).containsExactly("answer_in_think");
    }

    @Test
    void rejectBlankReasoning() {
      Score score = grade(grader(), Grading.withReasoning(" \n ", "4"));

      assertThat(violations(score)).containsExactly("empty_think");
    }

    @Test
    void rejectAnEmptyContent() {
      Score score = grade(grader(), Grading.withReasoning("reasoning", "<|im_end|>"));

      assertThat(violations(score)).containsExactly("empty_answer");
    }
  }

  @Nested
  class PartialCredit {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/format/partial.csv", numLinesToSkip = 1)
    void giveAQuarterPerWellPlacedTag(
        String name, String template, String mode, String completion, double value, String misplaced) {
      Score score = grade(grader("template", template, "mode", mode), unescape(completion));

      assertThat(score.value()).isCloseTo(value, within(1e-9));
      assertThat(score.verdict()).isEqualTo(value > 0 ? Verdict.PARTIAL : Verdict.FORMAT_ERROR);
      assertThat(violations(score)).isEmpty();
      assertThat(score.details()).containsEntry("misplaced_tags", Arrays.asList(misplaced.split(" ")));
    }

    @Test
    void capAtThreeQuartersWhenEveryTagIsPlacedButTheStructureIsWrong() {
      Grader grader = grader("template", "prefilled", "reject", "truncated,multiple_think");

      Score score = grade(grader, "reasoning</think>");

      assertThat(score.details()).containsEntry("well_placed_tags", 1).containsEntry("expected_tags", 1);
      assertThat(score.value()).isEqualTo(0.75);
      assertThat(score.verdict()).isEqualTo(Verdict.PARTIAL);
      assertThat(score.reason()).contains("nothing after </think>");
    }

    @Test
    void capR1WithOptionalAnswerTagsToo() {
      Grader grader = grader("answer_tags", "optional", "min_answer_chars", 0);

      Score score = grade(grader, "<think>reasoning</think>");

      assertThat(score.value()).isEqualTo(0.75);
    }

    @Test
    void giveNothingWhenPartialCreditIsOff() {
      Grader grader = grader("partial_credit", false);

      Score score = grade(grader, "<think>reasoning</think> The answer is 4.");

      assertThat(score.value()).isZero();
      assertThat(score.verdict()).isEqualTo(Verdict.FORMAT_ERROR);
      assertThat(score.details()).containsEntry("well_placed_tags", 2);
    }

    @Test
    void giveNoPartialCreditToAHack() {
      Score score = grade(grader(), "<think>a</think><think>b</think> 4");

      assertThat(score.value()).isZero();
      assertThat(score.details()).containsEntry("well_placed_tags", 2);
    }

    @Test
    void nameTheMisplacedTagsInTheReason() {
      Score score = grade(grader(), "<think>reasoning</think> 4");

      assertThat(score.reason()).contains("2 of 4", "<answer>", "</answer>");
    }
  }

  @Nested
  class RejectList {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        multiple_think    | <think>a</think><think>b</think><answer>4</answer>
        multiple_think    | <think>a</think> b </think><answer>4</answer>
        answer_in_think   | <think>it is <answer>4</answer></think><answer>4</answer>
        empty_think       | <think> </think><answer>4</answer>
        empty_answer      | <think>a</think><answer> </answer>
        text_after_answer | <think>a</think><answer>4</answer> or 5
        multiple_answer   | <think>a</think><answer>3</answer><answer>4</answer>
        """)
    void passACaseOnceItsCheckIsLeftOut(String check, String completion) {
      assertThat(grade(grader(), completion).value()).isZero();

      Score score = grade(grader("reject", everyCheckBut(check)), completion);

      assertThat(score.value()).as(score.reason()).isEqualTo(1.0);
      assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void passATruncatedSampleOnceTruncatedIsLeftOut() {
      var rollout = Grading.withMetadata("<think>a</think><answer>4</answer>", Map.of("finish_reason", "length"));

      assertThat(grade(grader("reject", everyCheckBut("truncated")), rollout).value()).isEqualTo(1.0);
    }

    @Test
    void takeTheLastAnswerWhenMultipleAnswersAreAllowed() {
      Score score = grade(grader("reject", List.of()), "<think>a</think><answer>3</answer><answer>4</answer>");

      assertThat(score.details()).containsEntry("answer", "4");
    }

    @Test
    void stillGivePartialCreditForAnUnclosedBlockWhenTruncatedIsLeftOut() {
      Score score = grade(grader("reject", everyCheckBut("truncated")), "<think>a long thought");

      assertThat(score.value()).isEqualTo(0.25);
      assertThat(violations(score)).isEmpty();
    }

    @Test
    void honourTheMinimumLengths() {
      Grader grader = grader("min_think_chars", 10, "min_answer_chars", 2);

      assertThat(violations(grade(grader, "<think>too short</think><answer>42</answer>")))
          .containsExactly("empty_think");
      assertThat(violations(grade(grader, "<think>long enough now</think><answer>4</answer>")))
          .containsExactly("empty_answer");
      assertThat(grade(grader, "<think>long enough now</think><answer>42</answer>").value()).isEqualTo(1.0);
    }

    private static List<String> everyCheckBut(String check) {
      return Arrays.stream(Violation.values()).map(Violation::optionName).filter(n -> !n.equals(check)).toList();
    }
  }
}
