package dev.rlvr.grader.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.engine.Sample;
import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample rollouts of problems/language-rollouts.jsonl through the engine with the built-in
 * {@code language} recipe, each against the ratio range written in its {@code extra_info}.
 */
class LanguageRecipeTest {
  private static final Path ROLLOUTS = Path.of("../../problems/language-rollouts.jsonl");
  private static List<InputRecord> records;
  private static List<RewardResult> results;

  @BeforeAll
  static void score() throws Exception {
    GraderRegistry registry = GraderRegistry.load(LanguageRecipeTest.class.getClassLoader());
    InputRecordParser parser = new InputRecordParser(FieldMapping.defaults());
    records = new ArrayList<>();
    List<String> lines = Files.readAllLines(ROLLOUTS);
    for (int i = 0; i < lines.size(); i++) {
      records.add(parser.parse(lines.get(i), i + 1));
    }
    try (RewardEngine engine = RewardEngine.create(RecipeCatalog.of(registry).resolve("language"), registry,
        new EngineOptions(2))) {
      results = engine.scoreBatch(records.stream().map(r -> new Sample(r.rollout(), r.reference())).toList());
    }
  }

  @Test
  void everySampleScoresWithinItsRange() {
    assertThat(records).hasSizeGreaterThanOrEqualTo(20);
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> extra = records.get(i).reference().extraInfo();
      Score language = results.get(i).components().get("language");
      assertThat(language.value())
          .as(records.get(i).rollout().id() + ": " + language.reason() + " " + language.details())
          .isBetween(number(extra, "expected_ratio_min"), number(extra, "expected_ratio_max"));
      if (extra.containsKey("expected_verdict")) {
        assertThat(language.verdict()).isEqualTo(Verdict.valueOf(extra.get("expected_verdict").toString()));
      }
    }
  }

  @Test
  void theRecipeHasTheOneLanguageComponent() {
    assertThat(results).allSatisfy(r -> assertThat(r.components()).containsOnlyKeys("language"));
    assertThat(results.get(0).reward()).isEqualTo(results.get(0).components().get("language").value());
  }

  private static double number(Map<String, Object> extra, String key) {
    return ((Number) extra.get(key)).doubleValue();
  }
}
