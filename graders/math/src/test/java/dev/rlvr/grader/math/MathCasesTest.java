package dev.rlvr.grader.math;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The labelled corpus under src/test/resources/math/: each case is a completion, a gold answer
 * and the verdict a careful mathematician gives it (see that folder's README).
 */
class MathCasesTest {
  private static final List<String> FILES = List.of("cases-numbers.jsonl", "cases-symbolic.jsonl",
      "cases-structures.jsonl", "cases-text-units.jsonl", "cases-extraction.jsonl", "cases-review.jsonl",
      "cases-realistic.jsonl", "cases-battery.jsonl", "cases-forms.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Grader grader = new MathGraderProvider().create(GraderConfig.empty("math"));

  @TestFactory
  Stream<DynamicTest> everyLabelledCaseGetsItsVerdict() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(
        c.path("id").asText() + " [" + c.path("category").asText() + "] " + c.path("note").asText(), () -> {
          Score score = grader.grade(Rollout.of(c.path("completion").asText()),
              Reference.ofAnswers(c.path("gold").asText()), GradeContext.unlimited());
          assertThat(score.verdict().name())
              .as("gold %s, completion %s: %s %s", c.path("gold").asText(), c.path("completion").asText(),
                  score.reason(), score.details())
              .isEqualTo(c.path("expected").asText());
        }));
  }

  static List<JsonNode> cases() {
    List<JsonNode> cases = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = MathCasesTest.class.getResourceAsStream("/math/" + file)) {
        assertThat(in).as(file).isNotNull();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            cases.add(JSON.readTree(line));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }
}
