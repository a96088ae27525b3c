package dev.rlvr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RewardEngineTest {
  private final GraderRegistry registry = GraderRegistry.of(new ScriptedGraderProvider());
  private final List<RewardEngine> engines = new ArrayList<>();

  @AfterEach
  void closeEngines() {
    engines.forEach(RewardEngine::close);
  }

  private RewardEngine engine(String recipeYaml) {
    RewardEngine e = RewardEngine.create(RecipeCatalog.parse(recipeYaml), registry, new EngineOptions(2));
    engines.add(e);
    return e;
  }

  private static final String TWO_COMPONENTS = """
      name: two
      components:
        - {name: accuracy, grader: scripted, weight: 1.0, options: {prefix: a}}
        - {name: format, grader: scripted, weight: 0.5, options: {prefix: f}}
      """;

  private static final String GATED = """
      name: gated
      components:
        - {name: format, grader: scripted, options: {prefix: f}}
        - {name: accuracy, grader: scripted, weight: 2.0, gate: format, options: {prefix: a}}
      """;

  @Nested
  class Combining {
    @Test
    void rewardIsTheWeightedSumOfComponents() {
      RewardResult r = engine(TWO_COMPONENTS).score(Rollout.of("a.value:1 f.value:0.5"), Reference.none());
      assertThat(r.reward()).isEqualTo(1.0 * 1.0 + 0.5 * 0.5);
      assertThat(r.components().keySet()).containsExactly("accuracy", "format");
      assertThat(r.status()).isEqualTo(RecordStatus.OK);
      assertThat(r.error()).isEmpty();
    }

    @Test
    void aClosedGateKeepsTheComponentOutOfTheReward() {
      RewardEngine e = engine(GATED);
      RewardResult open = e.score(Rollout.of("f.value:1 a.value:1"), Reference.none());
      RewardResult closed = e.score(Rollout.of("f.value:0.75 a.value:1"), Reference.none());
      assertThat(open.reward()).isEqualTo(3.0);
      assertThat(open.gatedOff()).isEmpty();
      assertThat(closed.reward()).isEqualTo(0.75);
      assertThat(closed.gatedOff()).containsExactly("accuracy");
      assertThat(closed.component("accuracy").value()).as("raw value still reported").isEqualTo(1.0);
    }

    @Test
    void perRequestWeightsReplaceTheRecipes() {
      Recipe recipe = RecipeCatalog.parse(TWO_COMPONENTS).withWeights(Map.of("format", 2.0));
      try (RewardEngine e = RewardEngine.create(recipe, registry, new EngineOptions(1))) {
        assertThat(e.score(Rollout.of("a.value:0 f.value:1"), Reference.none()).reward()).isEqualTo(2.0);
      }
      assertThatThrownBy(() -> RecipeCatalog.parse(TWO_COMPONENTS).withWeights(Map.of("nope", 1.0)))
          .isInstanceOf(ConfigException.class).hasMessageContaining("accuracy, format");
    }
  }

  @Nested
  class Failures {
    @Test
    void aThrowingGraderBecomesAnInternalErrorWithItsMessage() {
      RewardResult r = engine(TWO_COMPONENTS).score(Rollout.of("a.throw:kaboom f.value:1"), Reference.none());
      assertThat(r.component("accuracy").verdict()).isEqualTo(Verdict.INTERNAL_ERROR);
      assertThat(r.component("accuracy").reason()).contains("kaboom");
      assertThat(r.component("format").value()).isEqualTo(1.0);
      assertThat(r.status()).isEqualTo(RecordStatus.ERROR);
      assertThat(r.error()).startsWith("accuracy: INTERNAL_ERROR").contains("kaboom");
      assertThat(r.reward()).isEqualTo(0.5);
    }

    @Test
    void aNullScoreAndAStackOverflowAreInternalErrors() {
      RewardEngine e = engine(TWO_COMPONENTS);
      assertThat(e.score(Rollout.of("a.null f.value:1"), Reference.none()).component("accuracy").verdict())
          .isEqualTo(Verdict.INTERNAL_ERROR);
      assertThat(e.score(Rollout.of("a.overflow f.value:1"), Reference.none()).component("accuracy").reason())
          .contains("StackOverflowError");
    }

    @Test
    void aBadReferenceIsAnErrorStatusNotAJudgement() {
      RewardResult r = engine(TWO_COMPONENTS).score(Rollout.of("a.invalid f.value:1"), Reference.none());
      assertThat(r.status()).isEqualTo(RecordStatus.ERROR);
      assertThat(r.error()).contains("INVALID_INPUT");
    }

    @Test
    void aGraderPastItsDeadlineIsCutOffAndReportedAsTimeout() {
      String recipe = """
          name: slow
          components:
            - {name: accuracy, grader: scripted, timeout_ms: 100, options: {prefix: a}}
            - {name: format, grader: scripted, options: {prefix: f}}
          """;
      RewardResult r = engine(recipe).score(Rollout.of("a.sleep:60000 f.value:1"), Reference.none());
      assertThat(r.component("accuracy").verdict()).isEqualTo(Verdict.TIMEOUT);
      assertThat(r.component("accuracy").reason()).contains("100 ms");
      assertThat(r.status()).isEqualTo(RecordStatus.TIMEOUT);
      assertThat(r.component("format").value()).isEqualTo(1.0);
    }

    @Test
    void aBatchGoesOnPastGradersThatIgnoreInterrupts() {
      String recipe = """
          name: spinning
          timeout_ms: 150
          components:
            - {name: accuracy, grader: scripted}
          """;
      RewardEngine e = engine(recipe);
      List<Sample> batch = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        batch.add(new Sample(Rollout.of(i % 2 == 0 ? "spin:1500" : "value:1"), Reference.none()));
      }
      List<RewardResult> results = e.scoreBatch(batch);
      assertThat(results).hasSize(6);
      for (int i = 0; i < 6; i++) {
        assertThat(results.get(i).component("accuracy").verdict())
            .isEqualTo(i % 2 == 0 ? Verdict.TIMEOUT : Verdict.CORRECT);
      }
      assertThat(e.abandonedGrades()).isEqualTo(3);
    }
  }

  @Nested
  class Batches {
    @Test
    void resultsComeBackInInputOrder() {
      RewardEngine e = engine("name: one\ncomponents: [{name: accuracy, grader: scripted}]");
      List<Sample> batch = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String instruction = i % 3 == 0 ? "sleep:" + (i % 7) : "value:" + (i % 2);
        batch.add(new Sample(Rollout.of(instruction), Reference.none()));
      }
      List<RewardResult> results = e.scoreBatch(batch);
      for (int i = 0; i < 200; i++) {
        double expected = i % 3 == 0 ? 1.0 : i % 2;
        assertThat(results.get(i).reward()).as("record %d", i).isEqualTo(expected);
      }
    }

    @Test
    void missingGradersAndBadOptionsFailAtCreation() {
      assertThatThrownBy(() -> engine("name: x\ncomponents: [{name: accuracy, grader: math}]"))
          .isInstanceOf(ConfigException.class).hasMessageContaining("no grader named 'math'")
          .hasMessageContaining("scripted");
      assertThatThrownBy(() -> engine("name: x\ncomponents: [{name: a, grader: scripted, options: {pefix: a}}]"))
          .isInstanceOf(ConfigException.class).hasMessageContaining("no option 'pefix'")
          .hasMessageContaining("prefix");
    }
  }
}
