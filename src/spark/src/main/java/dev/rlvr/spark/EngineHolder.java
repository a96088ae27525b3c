package dev.rlvr.spark;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RewardEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RewardEngine} per recipe per JVM: every task of an executor shares it, so graders
 * are created and warmed once per executor, not once per partition or record.
 *
 * <p>This is the one piece of static state in the module, on purpose: Spark gives tasks no other
 * place that lives as long as the executor. Engines close when the JVM exits.
 */
final class EngineHolder {
  private static final Map<RecipeSpec, RewardEngine> ENGINES = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> ENGINES.values().forEach(RewardEngine::close), "rlvr-engine-close"));
  }

  private EngineHolder() {}

  /** The engine of a recipe, created and warmed on first use in this JVM. */
  static RewardEngine engine(RecipeSpec recipe) {
    return ENGINES.computeIfAbsent(recipe, EngineHolder::create);
  }

  private static RewardEngine create(RecipeSpec spec) {
    GraderRegistry registry = GraderRegistry.load(EngineHolder.class.getClassLoader());
    // Records are scored on Spark's task threads (RewardEngine.score), so the engine's own
    // record pool is not used: one thread keeps it small.
    RewardEngine engine = RewardEngine.create(spec.resolve(registry), registry, new EngineOptions(1));
    // Warm-up: loads the graders' classes and parsers before the first real record.
    engine.score(Rollout.of("<think>1+1=2</think> <answer>\\boxed{2}</answer>"), Reference.ofAnswers("2"));
    return engine;
  }
}
