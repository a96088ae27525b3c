package dev.rlvr.grader.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.testing.RandomText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linear tag scanner, in both modes. */
class TagScannerTest {
  private final TagScanner strict = new TagScanner(false);
  private final TagScanner lenient = new TagScanner(true);

  private static List<Tag> tags(List<TagHit> hits) {
    return hits.stream().map(TagHit::tag).toList();
  }

  @Nested
  class StrictScanning {

    @Test
    void findsTheFourTagsInOrderWithTheirPositions() {
      List<TagHit> hits = strict.scan("<think>a</think> <answer>b</answer>");

      assertThat(hits).containsExactly(
          new TagHit(Tag.THINK_OPEN, 0, 7),
          new TagHit(Tag.THINK_CLOSE, 8, 16),
          new TagHit(Tag.ANSWER_OPEN, 17, 25),
          new TagHit(Tag.ANSWER_CLOSE, 26, 35));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<THINK>", "<Think>", "< think>", "<think >", "</ think>", "<thinking>", "<think",
        "think>", "<answe>", "<<>>", "<thi\nnk>"})
    void ignoresAnythingButTheExactSpelling(String text) {
      assertThat(strict.scan(text)).isEmpty();
    }

    @Test
    void findsATagRightAfterAStrayBracket() {
      assertThat(tags(strict.scan("<<think><</think>"))).containsExactly(Tag.THINK_OPEN, Tag.THINK_CLOSE);
    }

    @Test
    void keepsToTheGivenRange() {
      String text = "<think>a</think>";

      assertThat(strict.scan(text, 0, 15)).extracting(TagHit::tag).containsExactly(Tag.THINK_OPEN);
      assertThat(strict.scan(text, 1, 16)).extracting(TagHit::tag).containsExactly(Tag.THINK_CLOSE);
    }
  }

  @Nested
  class LenientScanning {

    @ParameterizedTest
    @ValueSource(strings = {"<think>", "<THINK>", "<Think>", "< think >", "<\tthink\n>", "<tHiNk  >"})
    void acceptsAnyCaseAndSpacesInsideAnOpeningTag(String text) {
      assertThat(tags(lenient.scan(text))).containsExactly(Tag.THINK_OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"</answer>", "</ANSWER>", "< /answer >", "</ answer>", "<  /  Answer  >"})
    void acceptsAnyCaseAndSpacesInsideAClosingTag(String text) {
      assertThat(tags(lenient.scan(text))).containsExactly(Tag.ANSWER_CLOSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<thinking>", "<th ink>", "<think/>", "<//think>", "< think", "<think x>",
        "<thin\u212A>", "<an\u017Fwer>"})
    void rejectsNearMisses(String text) {
      assertThat(lenient.scan(text)).isEmpty();
    }

    @Test
    void spansTheWholeTagIncludingItsSpaces() {
      assertThat(lenient.scan("ab< / think >cd")).containsExactly(new TagHit(Tag.THINK_CLOSE, 2, 13));
    }
  }

  @Nested
  class LargeInputs {

    @Test
    void findsEveryTagOfALongRun() {
      String text = "<think>".repeat(50_000);

      assertThat(strict.scan(text)).hasSize(50_000);
      assertThat(lenient.scan(text)).hasSize(50_000);
    }

    @Test
    void readsLongRunsOfBracketsAndSpaces() {
      String text = "< ".repeat(200_000) + "</think>";

      assertThat(tags(lenient.scan(text))).containsExactly(Tag.THINK_CLOSE);
      assertThat(tags(strict.scan(text))).containsExactly(Tag.THINK_CLOSE);
    }
  }

  @Nested
  class RandomTexts {

    @TestFactory
    Stream<DynamicTest> strictHitsAreExactlyTheLiteralOccurrencesAndLenientOnesASuperset() {
      RandomText random = new RandomText(7L);
      return Stream.generate(() -> random.next(80)).limit(300).map(text -> DynamicTest.dynamicTest(
          text.length() + " chars", () -> {
            List<TagHit> strictHits = strict.scan(text);
            for (Tag tag : Tag.values()) {
              assertThat(strictHits.stream().filter(h -> h.tag() == tag).count())
                  .as(text).isEqualTo(Grading.occurrences(text, tag.literal()));
            }
            assertThat(lenient.scan(text)).as(text).containsAll(strictHits);
          }));
    }
  }
}
