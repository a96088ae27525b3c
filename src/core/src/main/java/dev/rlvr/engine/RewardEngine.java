package dev.rlvr.engine;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * Scores rollouts under one recipe: runs each component's grader with its deadline, then
 * combines the scores. Never throws for a bad rollout: failures become scores with a verdict.
 *
 * <pre>{@code
 * GraderRegistry registry = GraderRegistry.load(getClass().getClassLoader());
 * Recipe recipe = RecipeCatalog.of(registry).resolve("format");
 * try (RewardEngine engine = RewardEngine.create(recipe, registry, EngineOptions.defaults())) {
 *   RewardResult r = engine.score(Rollout.of("<think>2+2=4</think><answer>4</answer>"), Reference.none());
 *   double reward = r.reward();
 * }
 * }</pre>
 *
 * <p>Records run on a bounded pool of {@link EngineOptions#threads()} threads; each grade runs on
 * a grader thread so that one that overruns its deadline is cut off (reported
 * {@link Verdict#TIMEOUT}) while the batch goes on. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RewardEngine implements AutoCloseable {
  private final Recipe recipe;
  private final List<GuardedGrader> graders;
  private final ExecutorService recordPool;
  private final ExecutorService graderPool;
  private final AtomicLong abandoned = new AtomicLong();

  private RewardEngine(Recipe recipe, GraderRegistry registry, EngineOptions options) {
    this.recipe = recipe;
    List<GuardedGrader> created = new ArrayList<>();
    for (Recipe.Component c : recipe.components()) {
      created.add(new GuardedGrader(c.name(), registry.create(c.grader(), c.options()), c.timeout(), abandoned));
    }
    this.graders = List.copyOf(created);
    this.recordPool = Executors.newFixedThreadPool(options.threads(), daemonThreads("rlvr-record-"));
    this.graderPool = Executors.newCachedThreadPool(daemonThreads("rlvr-grader-"));
  }

  /**
   * Creates an engine; every grader of the recipe is created (and its options checked) now.
   *
   * @param recipe the recipe
   * @param registry where the graders come from
   * @param options threads
   * @return the engine; close it when done
   * @throws dev.rlvr.api.ConfigException when a grader is missing or an option is invalid
   */
  public static RewardEngine create(Recipe recipe, GraderRegistry registry, EngineOptions options) {
    return new RewardEngine(recipe, registry, options);
  }

  /**
   * The recipe this engine scores with.
   *
   * @return the recipe
   */
  public Recipe recipe() {
    return recipe;
  }

  /**
   * Scores one rollout on the calling thread (grades still run on grader threads).
   *
   * @param rollout the rollout; never null
   * @param reference its reference; never null
   * @return the result; never null
   */
  public RewardResult score(Rollout rollout, Reference reference) {
    long start = System.nanoTime();
    List<GuardedGrader.Pending> pending = new ArrayList<>(graders.size());
    for (GuardedGrader g : graders) {
      pending.add(g.start(rollout, reference, graderPool));
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    for (int i = 0; i < graders.size(); i++) {
      scores.put(recipe.components().get(i).name(), graders.get(i).finish(pending.get(i)));
    }
    return RewardCombiner.combine(recipe, scores, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Scores one rollout on the engine's record pool.
   *
   * @param rollout the rollout; never null
   * @param reference its reference; never null
   * @return the future result; it always completes normally
   */
  public CompletableFuture<RewardResult> submit(Rollout rollout, Reference reference) {
    return CompletableFuture.supplyAsync(() -> score(rollout, reference), recordPool);
  }

  /**
   * Scores a batch in parallel on the record pool.
   *
   * @param batch the samples; never null
   * @return one result per sample, in the same order
   */
  public List<RewardResult> scoreBatch(List<Sample> batch) {
    List<CompletableFuture<RewardResult>> futures = new ArrayList<>(batch.size());
    for (Sample s : batch) {
      futures.add(submit(s.rollout(), s.reference()));
    }
    List<RewardResult> results = new ArrayList<>(batch.size());
    for (CompletableFuture<RewardResult> f : futures) {
      results.add(f.join());
    }
    return results;
  }

  /**
   * How many grades overran their deadline and had to be abandoned while still running.
   *
   * @return the count since this engine was created
   */
  public long abandonedGrades() {
    return abandoned.get();
  }

  /** Stops the pools (grades in flight are interrupted) and closes graders that hold resources. */
  @Override
  public void close() {
    recordPool.shutdown();
    graderPool.shutdown();
    try {
      if (!recordPool.awaitTermination(5, TimeUnit.SECONDS)) {
        recordPool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    graderPool.shutdownNow();
    graders.forEach(GuardedGrader::close);
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + counter.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
