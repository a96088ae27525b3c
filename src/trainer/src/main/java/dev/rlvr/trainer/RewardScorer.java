package dev.rlvr.trainer;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.engine.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores decoded rollouts with rlvr's own {@link RewardEngine}: the trainer's reward is the
 * recipe's weighted sum, and each component is kept apart for the logs. Records are scored in
 * parallel on the engine's pool.
 */
public final class RewardScorer implements AutoCloseable {
  private final RewardEngine engine;

  /**
   * Opens an engine.
   *
   * @param recipeNameOrPath a built-in recipe ({@code r1-zero-math}) or a recipe file
   * @param weights component weights that replace the recipe's; may be empty
   * @param threads how many records are scored at once
   * @return the scorer
   * @throws dev.rlvr.api.ConfigException when the recipe or one of its graders is missing
   */
  public static RewardScorer open(String recipeNameOrPath, Map<String, Double> weights, int threads) {
    GraderRegistry registry = GraderRegistry.load(RewardScorer.class.getClassLoader());
    Recipe recipe = RecipeCatalog.of(registry).resolve(recipeNameOrPath);
    if (!weights.isEmpty()) {
      recipe = recipe.withWeights(weights);
    }
    return new RewardScorer(RewardEngine.create(recipe, registry, new EngineOptions(threads)));
  }

  private RewardScorer(RewardEngine engine) {
    this.engine = engine;
  }

  /**
   * The recipe in use.
   *
   * @return the recipe, weights applied
   */
  public Recipe recipe() {
    return engine.recipe();
  }

  /**
   * Scores completions.
   *
   * @param prompts the prompt of each completion
   * @param completions the decoded completions
   * @param answers the gold answer of each
   * @return rewards and components
   */
  public Scores score(List<String> prompts, List<String> completions, List<String> answers) {
    List<Sample> batch = new ArrayList<>(completions.size());
    for (int i = 0; i < completions.size(); i++) {
      batch.add(new Sample(Rollout.of(prompts.get(i), completions.get(i)), Reference.ofAnswers(answers.get(i))));
    }
    List<RewardResult> results = engine.scoreBatch(batch);
    double[] rewards = new double[results.size()];
    Map<String, double[]> components = new LinkedHashMap<>();
    for (String name : engine.recipe().componentNames()) {
      components.put(name, new double[results.size()]);
    }
    int unjudged = 0;
    for (int i = 0; i < results.size(); i++) {
      RewardResult r = results.get(i);
      rewards[i] = r.reward();
      unjudged += r.status() == RecordStatus.OK ? 0 : 1;
      for (Map.Entry<String, Score> c : r.components().entrySet()) {
        components.get(c.getKey())[i] = c.getValue().value();
      }
    }
    return new Scores(rewards, components, unjudged);
  }

  @Override
  public void close() {
    engine.close();
  }
}
