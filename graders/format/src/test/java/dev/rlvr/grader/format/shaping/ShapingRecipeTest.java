package dev.rlvr.grader.format.shaping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.Sample;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in recipes through the engine, each with its one component of the same name. */
class ShapingRecipeTest {

  private static Score score(String recipe, String completion) {
    GraderRegistry registry = GraderRegistry.load(ShapingRecipeTest.class.getClassLoader());
    try (RewardEngine engine = RewardEngine.create(RecipeCatalog.of(registry).resolve(recipe), registry,
        new EngineOptions(1))) {
      return engine.scoreBatch(List.of(new Sample(Rollout.of(completion), Reference.ofAnswers("4"))))
          .get(0).components().get(recipe);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "overlong   | \\boxed{4}          | 0.0",
    "cosine     | \\boxed{4}          | 0.9999000769125641",
    "repetition | the cat the cat the | -0.3333333333333333"})
  void scoreThroughTheEngine(String recipe, String completion, double expected) {
    assertThat(score(recipe, completion).value()).isCloseTo(expected, within(1e-12));
  }
}
