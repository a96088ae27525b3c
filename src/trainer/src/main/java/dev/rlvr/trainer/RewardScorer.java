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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Scores decoded rollouts with rlvr's own {@link RewardEngine}: the trainer's reward is the
 * recipe's weighted sum, and each component is kept apart for the logs. Records are scored in
 * parallel on the engine's pool, each as soon as its completion is known.
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
   * Scores completions that are all known.
   *
   * @param prompts the prompt of each completion
   * @param completions the decoded completions
   * @param answers the gold answer of each
   * @return rewards and components
   */
  public Scores score(List<String> prompts, List<String> completions, List<String> answers) {
    Pending pending = start(prompts, answers);
    for (int i = 0; i < completions.size(); i++) {
      pending.submit(i, completions.get(i));
    }
    return pending.join();
  }

  /**
   * Starts scoring a batch whose completions arrive one at a time, so each is graded on the
   * engine's pool while the rest are still being generated.
   *
   * @param prompts the prompt of each row
   * @param answers the gold answer of each row
   * @return the batch, to {@link Pending#submit submit} rows to and then {@link Pending#join join}
   */
  public Pending start(List<String> prompts, List<String> answers) {
    return new Pending(List.copyOf(prompts), List.copyOf(answers));
  }

  /** A batch being scored row by row. Submit from one thread; join once. */
  public final class Pending {
    private final List<String> prompts;
    private final List<String> answers;
    private final List<CompletableFuture<RewardResult>> futures;

    private Pending(List<String> prompts, List<String> answers) {
      if (prompts.size() != answers.size()) {
        throw new IllegalArgumentException(prompts.size() + " prompts but " + answers.size() + " answers");
      }
      this.prompts = prompts;
      this.answers = answers;
      this.futures = new ArrayList<>(Collections.nCopies(prompts.size(), null));
    }

    /**
     * Hands one row's completion to the engine.
     *
     * @param row the row
     * @param completion its decoded text
     * @throws IllegalStateException when the row was already submitted
     */
    public void submit(int row, String completion) {
      submit(row, Rollout.of(prompts.get(row), completion));
    }

    /**
     * Hands one row's completion to the engine with its length in the policy's own tokens, as
     * {@code response_length} metadata (what a recipe's overlong shaping should count, through
     * its {@code length_metadata_key}). No {@code finish_reason} is sent: the format grader would
     * call a completion cut at the limit truncated, and the trainer already handles those with
     * {@code mask_truncated_completions}.
     *
     * @param row the row
     * @param completion its decoded text
     * @param tokens its length in policy tokens
     * @throws IllegalStateException when the row was already submitted
     */
    public void submit(int row, String completion, int tokens) {
      submit(row, new Rollout("", prompts.get(row), List.of(), completion, "", Map.of("response_length", tokens)));
    }

    private void submit(int row, Rollout rollout) {
      if (futures.get(row) != null) {
        throw new IllegalStateException("row " + row + " was already submitted");
      }
      futures.set(row, engine.submit(rollout, Reference.ofAnswers(answers.get(row))));
    }

    /**
     * Waits for every row.
     *
     * @return rewards and components, in row order
     * @throws IllegalStateException when a row was never submitted
     */
    public Scores join() {
      int missing = futures.indexOf(null);
      if (missing >= 0) {
        throw new IllegalStateException("row " + missing + " was never submitted");
      }
      int n = futures.size();
      double[] rewards = new double[n];
      Map<String, double[]> components = new LinkedHashMap<>();
      for (String name : engine.recipe().componentNames()) {
        components.put(name, new double[n]);
      }
      int unjudged = 0;
      for (int i = 0; i < n; i++) {
        RewardResult r = futures.get(i).join();
        rewards[i] = r.reward();
        unjudged += r.status() == RecordStatus.OK ? 0 : 1;
        for (Map.Entry<String, Score> c : r.components().entrySet()) {
          components.get(c.getKey())[i] = c.getValue().value();
        }
      }
      return new Scores(rewards, components, unjudged);
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
