package dev.rlvr.grader.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the tag scanner and the grader with Jazzer.
 *
 * <p>In the normal build each method runs once on the empty input and once per file of its seed
 * corpus in {@code src/test/resources/dev/rlvr/grader/format/TagScannerFuzzTestInputs/}. To
 * fuzz for real, run {@code JAZZER_FUZZ=1 ./mvnw -f graders/format/pom.xml test
 * -Dtest=TagScannerFuzzTest}; findings land in that folder as new seeds.
 */
class TagScannerFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void scannerHitsAreOrderedWellSpeltAndAgreeAcrossModes(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<TagHit> strict = new TagScanner(false).scan(text);
    List<TagHit> lenient = new TagScanner(true).scan(text);

    assertOrderedAndInside(strict, text);
    assertOrderedAndInside(lenient, text);
    for (TagHit hit : strict) {
      assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.tag().literal());
    }
    for (TagHit hit : lenient) {
      assertThat(normalized(text.substring(hit.start(), hit.end()))).isEqualTo(hit.tag().literal());
    }
    assertThat(lenient).containsAll(strict);
    for (Tag tag : Tag.values()) {
      assertThat(strict.stream().filter(h -> h.tag() == tag).count())
          .isEqualTo(Grading.occurrences(text, tag.literal()));
    }
  }

  @FuzzTest(maxDuration = "30s")
  void graderScoresAnyRolloutWithinRange(FuzzedDataProvider data) {
    Map<String, Object> options = Map.of(
        "template", data.pickValue(List.of("auto", "r1", "prefilled")),
        "mode", data.pickValue(List.of("strict", "lenient")),
        "answer_tags", data.pickValue(List.of("auto", "required", "optional")));
    Grader grader = new FormatGraderProvider().create(new GraderConfig("format", options));
    String prompt = data.consumeString(64);
    String reasoning = data.consumeBoolean() ? data.consumeString(256) : "";
    String completion = data.consumeRemainingAsString();

    Score score = grader.grade(new Rollout("", prompt, List.of(), completion, reasoning, Map.of()),
        Reference.none(), GradeContext.unlimited());

    assertThat(score.value()).isBetween(0.0, 1.0);
    assertThat(score.value() == 1.0).isEqualTo(score.verdict() == Verdict.CORRECT);
  }

  private static void assertOrderedAndInside(List<TagHit> hits, String text) {
    int previousEnd = 0;
    for (TagHit hit : hits) {
      assertThat(hit.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(hit.end()).isGreaterThan(hit.start()).isLessThanOrEqualTo(text.length());
      previousEnd = hit.end();
    }
  }

  /** The tag as strict mode spells it: ASCII lower case, no whitespace. */
  private static String normalized(String tag) {
    StringBuilder out = new StringBuilder();
    tag.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> out.append((char) c));
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
