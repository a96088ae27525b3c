package dev.rlvr.trainer.grpo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * DAPO's dynamic sampling (Yu et al. 2025, section 3.2; verl's {@code filter_groups} with
 * {@code max_num_gen_batches}): groups whose rewards are all equal give zero advantages, so they
 * are dropped and more prompts are generated until the batch is full again.
 *
 * @param <G> the group type
 */
public final class DynamicSampling<G extends ScoredGroup> {
  private final boolean enabled;
  private final int maxGenerationBatches;

  /**
   * Creates the sampler.
   *
   * @param enabled false keeps every group (plain GRPO)
   * @param maxGenerationBatches how many generation batches one step may use, at least 1
   */
  public DynamicSampling(boolean enabled, int maxGenerationBatches) {
    if (maxGenerationBatches < 1) {
      throw new IllegalArgumentException("max_generation_batches must be at least 1");
    }
    this.enabled = enabled;
    this.maxGenerationBatches = maxGenerationBatches;
  }

  /**
   * Collects one step's groups.
   *
   * @param wanted the number of groups a step trains on
   * @param generate produces one generation batch of scored groups
   * @return the kept groups (at most {@code wanted}; fewer when the budget ran out) and counts
   */
  public Result<G> collect(int wanted, Supplier<List<G>> generate) {
    List<G> kept = new ArrayList<>();
    int batches = 0;
    int dropped = 0;
    while (kept.size() < wanted && batches < (enabled ? maxGenerationBatches : 1)) {
      batches++;
      for (G group : generate.get()) {
        if (enabled && !group.informative()) {
          dropped++;
        } else if (kept.size() < wanted) {
          kept.add(group);
        }
      }
    }
    return new Result<>(List.copyOf(kept), batches, dropped);
  }

  /**
   * What one step collected.
   *
   * @param groups the groups to train on
   * @param generationBatches how many batches were generated
   * @param dropped how many groups were dropped for having no reward variance
   * @param <G> the group type
   */
  public record Result<G>(List<G> groups, int generationBatches, int dropped) {}
}
