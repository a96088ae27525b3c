package dev.rlvr.grader.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerExtractorTest {
  private final AnswerExtractor auto = new AnswerExtractor(AnswerSource.AUTO, FALLBACKS, false);

  static final List<String> FALLBACKS = List.of("final answer is", "final answer:", "the answer is", "answer:");

  @Nested
  class Boxes {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "So the answer is $\\boxed{72}$.|72",
      "\\boxed{3} wait, I made an error. Recomputing gives \\boxed{5}.|5",
      "\\boxed{\\frac{1}{\\sqrt{2}}}|\\frac{1}{\\sqrt{2}}",
      "the result: \\boxed 5|5",
      "\\fbox{x=2}|x=2",
      "\\boxed{7} or \\boxed{7}|7",
    })
    void theLastBoxIsTheCommittedAnswer(String completion, String answer) {
      FinalAnswer a = auto.extract(completion);
      assertThat(a.candidates()).containsExactly(answer);
      assertThat(a.source()).isEqualTo("boxed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "\\boxed{3} or \\boxed{5}",
      "$\\boxed{3}$, $\\boxed{5}$",
      "\\boxed{3} \\text{ and } \\boxed{5}",
    })
    void differentBoxesJoinedByConnectivesAreOfferedTogether(String completion) {
      FinalAnswer a = auto.extract(completion);
      assertThat(a.candidates()).containsExactly("3", "5");
      assertThat(a.isHedge()).isTrue();
    }

    @Test
    void anUnterminatedFinalBoxIsNoAnswer() {
      FinalAnswer a = auto.extract("First \\boxed{2}. Hmm, actually it is \\boxed{\\frac{1}{2");
      assertThat(a.found()).isFalse();
      assertThat(a.problem()).contains("never closed");
    }

    @Test
    void anEmptyBoxIsNoAnswer() {
      assertThat(auto.extract("\\boxed{ }").found()).isFalse();
    }
  }

  @Nested
  class Regions {
    @Test
    void boxesInsideThinkDoNotCountWhenAFinalPartFollows() {
      FinalAnswer a = auto.extract("<think>maybe \\boxed{4}</think> The answer is $\\boxed{6}$");
      assertThat(a.candidates()).containsExactly("6");
    }

    @Test
    void aBoxOnlyInsideThinkIsNoAnswer() {
      assertThat(auto.extract("<think>maybe \\boxed{4}</think> I am not sure.").found()).isFalse();
    }

    @Test
    void aBoxInsideUnfinishedReasoningIsNoAnswer() {
      FinalAnswer a = auto.extract("<think>so far it looks like \\boxed{4}, but let me check");
      assertThat(a.found()).isFalse();
      assertThat(a.problem()).contains("never closed");
    }

    @Test
    void theAnswerBlockIsUsedWithOrWithoutABox() {
      assertThat(auto.extract("<think>x</think> <answer>\\boxed{12}</answer>").candidates()).containsExactly("12");
      FinalAnswer plain = auto.extract("<think>2+2</think> <answer> 4 </answer>");
      assertThat(plain.candidates()).containsExactly("4");
      assertThat(plain.source()).isEqualTo("answer_tag");
    }

    @Test
    void answerTagModeNeedsAnAnswerBlock() {
      AnswerExtractor tagOnly = new AnswerExtractor(AnswerSource.ANSWER_TAG, FALLBACKS, false);
      assertThat(tagOnly.extract("<think>x</think> \\boxed{4}").found()).isFalse();
    }
  }

  @Nested
  class Statements {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "Adding them up, the final answer is 42.|42|final answer is",
      "Final answer: $\\frac{3}{4}$|\\frac{3}{4}|final answer:",
      "Thus the answer is 3.5. Done|3.5|the answer is",
    })
    void fallBackToAnswerStatementsInOrder(String completion, String answer, String phrase) {
      FinalAnswer a = auto.extract(completion);
      assertThat(a.candidates()).containsExactly(answer);
      assertThat(a.source()).isEqualTo("fallback: " + phrase);
    }

    @Test
    void aStatementEndsAtItsLineAndMarkdownIsDropped() {
      FinalAnswer a = auto.extract("We get 3 apples.\n**Answer:** 12\nThat is all.");
      assertThat(a.candidates()).containsExactly("12");
    }

    @Test
    void aBareNumberIsNotAnAnswerUnlessAskedFor() {
      String text = "There are 5 red and 7 blue balls, so 12 in all";
      assertThat(auto.extract(text).found()).isFalse();
      AnswerExtractor withLast = new AnswerExtractor(AnswerSource.AUTO, FALLBACKS, true);
      assertThat(withLast.extract(text).candidates()).containsExactly("12");
      assertThat(withLast.extract(text).source()).isEqualTo("last_number");
    }
  }
}
