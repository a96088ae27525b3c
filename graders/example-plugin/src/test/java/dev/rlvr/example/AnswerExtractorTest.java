package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswerExtractorTest {

  @Nested
  class AnswerBlocks {

    @Test
    void takesTheContentOfTheAnswerBlockTrimmed() {
      ExtractedAnswer answer = AnswerExtractor.extract("<think>2 + 2</think> <answer>\n 4 \n</answer>");

      assertThat(answer.text()).isEqualTo("4");
      assertThat(answer.source()).isEqualTo("answer_tag");
    }

    @Test
    void takesTheLastOfSeveralAnswerBlocks() {
      assertThat(AnswerExtractor.extract("<answer>1</answer> no, wait <answer>2</answer>").text())
          .isEqualTo("2");
    }

    @Test
    void takesTheInnermostBlockWhenAnOpeningTagRepeats() {
      assertThat(AnswerExtractor.extract("<answer>a <answer>b</answer>").text()).isEqualTo("b");
    }

    @Test
    void prefersAnAnswerBlockToTextAfterThink() {
      ExtractedAnswer answer = AnswerExtractor.extract("<answer>7</answer><think>hm</think> 8");

      assertThat(answer.text()).isEqualTo("7");
    }

    @Test
    void givesAnEmptyAnswerForAnEmptyBlock() {
      ExtractedAnswer answer = AnswerExtractor.extract("<think>x</think><answer>   </answer>");

      assertThat(answer.isEmpty()).isTrue();
      assertThat(answer.source()).isEqualTo("answer_tag");
    }
  }

  @Nested
  class Boxes {

    @Test
    void unwrapsABoxedAnswer() {
      ExtractedAnswer answer = AnswerExtractor.extract("<think>x</think> <answer>So \\boxed{ 72 }.</answer>");

      assertThat(answer.text()).isEqualTo("72");
      assertThat(answer.boxed()).isTrue();
      assertThat(answer.source()).isEqualTo("answer_tag");
    }

    @Test
    void unwrapsBoxesAfterThinkToo() {
      ExtractedAnswer answer = AnswerExtractor.extract("<think>\\boxed{1}</think> It is \\boxed{\\frac{1}{2}}");

      assertThat(answer.text()).isEqualTo("\\frac{1}{2}");
      assertThat(answer.source()).isEqualTo("after_think");
    }

    @Test
    void treatsRepeatedBoxesWithTheSameContentAsOne() {
      assertThat(AnswerExtractor.extract("\\boxed{5} and again \\boxed{5 }").text()).isEqualTo("5");
    }

    @Test
    void leavesBoxesWithDifferentContentsAlone() {
      ExtractedAnswer answer = AnswerExtractor.extract("<answer>\\boxed{3} or \\boxed{4}</answer>");

      assertThat(answer.text()).isEqualTo("\\boxed{3} or \\boxed{4}");
      assertThat(answer.boxed()).isFalse();
    }

    @Test
    void ignoresAnUnterminatedBox() {
      assertThat(AnswerExtractor.extract("<answer>\\boxed{7</answer>").text()).isEqualTo("\\boxed{7");
    }
  }

  @Nested
  class Fallbacks {

    @Test
    void takesTheTextAfterTheLastThinkWhenThereIsNoAnswerBlock() {
      ExtractedAnswer answer = AnswerExtractor.extract("<think>a</think> b </think> Paris ");

      assertThat(answer.text()).isEqualTo("Paris");
      assertThat(answer.source()).isEqualTo("after_think");
    }

    @Test
    void treatsAnUnclosedAnswerBlockAsPlainText() {
      ExtractedAnswer answer = AnswerExtractor.extract("<think>x</think> <answer>42");

      assertThat(answer.text()).isEqualTo("<answer>42");
      assertThat(answer.source()).isEqualTo("after_think");
    }

    @Test
    void ignoresAClosingAnswerTagWithoutAnOpeningOne() {
      assertThat(AnswerExtractor.extract("42</answer>").text()).isEqualTo("42</answer>");
    }

    @Test
    void takesTheWholeCompletionWhenThereAreNoTags() {
      ExtractedAnswer answer = AnswerExtractor.extract("  The answer is 9.\n");

      assertThat(answer.text()).isEqualTo("The answer is 9.");
      assertThat(answer.source()).isEqualTo("completion");
    }

    @Test
    void matchesTagsInLowerCaseOnly() {
      assertThat(AnswerExtractor.extract("<ANSWER>5</ANSWER>").source()).isEqualTo("completion");
    }
  }
}
