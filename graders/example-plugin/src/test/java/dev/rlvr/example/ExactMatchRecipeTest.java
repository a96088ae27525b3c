package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Verdict;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plugin as the host sees it: found on the class path, its recipe run by the engine. */
class ExactMatchRecipeTest {
  private final GraderRegistry registry = GraderRegistry.load(getClass().getClassLoader());

  @Test
  void shipsARecipeWithOneAccuracyComponent() {
    Recipe recipe = RecipeCatalog.of(registry).resolve("exact-match");

    assertThat(recipe.componentNames()).containsExactly("accuracy");
    Recipe.Component accuracy = recipe.components().get(0);
    assertThat(accuracy.grader()).isEqualTo("exact-match");
    assertThat(accuracy.weight()).isEqualTo(1.0);
    assertThat(accuracy.timeout()).isEqualTo(Duration.ofMillis(2000));
  }

  @Test
  void scoresRolloutsThroughTheEngine() {
    Recipe recipe = RecipeCatalog.of(registry).resolve("exact-match");
    try (RewardEngine engine = RewardEngine.create(recipe, registry, EngineOptions.defaults())) {
      RewardResult right = engine.score(
          Rollout.of("<think>6 * 12</think> <answer>72</answer>"), Reference.ofAnswers("72"));
      RewardResult wrong = engine.score(
          Rollout.of("<think>6 * 12</think> <answer>62</answer>"), Reference.ofAnswers("72"));

      assertThat(right.reward()).isEqualTo(1.0);
      assertThat(right.component("accuracy").verdict()).isEqualTo(Verdict.CORRECT);
      assertThat(wrong.reward()).isZero();
      assertThat(wrong.component("accuracy").verdict()).isEqualTo(Verdict.INCORRECT);
    }
  }

  @Test
  void acceptsEveryDeclaredOptionThroughTheRegistry() {
    String yaml = """
        name: strict-answers
        components:
          - name: accuracy
            grader: exact-match
            options: {mode: exact, case_sensitive: false, similarity_threshold: 0.9}
        """;
    try (RewardEngine engine = RewardEngine.create(RecipeCatalog.parse(yaml), registry, EngineOptions.defaults())) {
      RewardResult result = engine.score(Rollout.of("<answer>paris</answer>"), Reference.ofAnswers("Paris"));

      assertThat(result.component("accuracy").verdict()).isEqualTo(Verdict.CORRECT);
    }
  }
}
