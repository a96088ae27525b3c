package dev.rlvr.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxedAnswersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "the answer is \\boxed{72}.|72",
    "\\boxed{\\frac{1}{2}}|\\frac{1}{2}",
    "\\boxed{\\left\\{1,2\\right\\}}|\\left\\{1,2\\right\\}",
    "\\boxed 5|5",
    "$\\boxed 5$|5",
    "\\boxed {5}|5",
    "\\fbox{x=3}|x=3",
    "first \\boxed{1} then \\boxed{2}|2",
    "\\boxed{\\{1\\}}|\\{1\\}",
  })
  void findsTheLastCompleteBox(String text, String expected) {
    assertThat(BoxedAnswers.last(text)).contains(expected);
  }

  @Test
  void anUnterminatedBoxIsNoAnswer() {
    assertThat(BoxedAnswers.last("so the answer is \\boxed{\\frac{1}{2")).isEmpty();
  }

  @Test
  void anUnterminatedLastBoxDoesNotFallBackToAnEarlierOne() {
    assertThat(BoxedAnswers.all("\\boxed{1} and then \\boxed{2")).containsExactly("1");
  }

  @Test
  void otherCommandsStartingWithBoxedAreNotBoxes() {
    assertThat(BoxedAnswers.all("\\boxedsomething{3}")).isEmpty();
  }

  @Test
  void findsEveryBoxInOrder() {
    assertThat(BoxedAnswers.all("\\boxed{a}, \\fbox{b}, \\boxed{c{d}}")).containsExactly("a", "b", "c{d}");
  }

  @Test
  void deepNestingIsReadWithoutRecursion() {
    String deep = "\\boxed{" + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}";
    assertThat(BoxedAnswers.last(deep)).hasValueSatisfying(v -> assertThat(v).hasSize(200_001));
  }

  @Test
  void locatesBoxesWithTheirPlaces() {
    String text = "a \\boxed{1} b \\fbox{22}";
    assertThat(BoxedAnswers.locate(text)).containsExactly(
        new BoxedAnswers.Box("1", 2, 11), new BoxedAnswers.Box("22", 14, 23));
  }

  @Test
  void tellsWhenAnUnterminatedBoxFollows() {
    String text = "\\boxed{1} then \\boxed{\\frac{1}{2";
    int end = BoxedAnswers.locate(text).get(0).end();
    assertThat(BoxedAnswers.unterminatedAfter(text, end)).isTrue();
    assertThat(BoxedAnswers.unterminatedAfter("\\boxed{1} done", 0)).isFalse();
  }
}
