package dev.rlvr.trainer;

import ai.djl.ndarray.NDManager;
import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.grpo.Advantages;
import dev.rlvr.trainer.grpo.CompletionMask;
import dev.rlvr.trainer.grpo.DynamicSampling;
import dev.rlvr.trainer.grpo.GrpoLoss;
import dev.rlvr.trainer.grpo.ScaleRewards;
import dev.rlvr.trainer.metrics.StepMetrics;
import dev.rlvr.trainer.model.Generator;
import dev.rlvr.trainer.model.PaddedBatch;
import dev.rlvr.trainer.model.TokenCodec;
import dev.rlvr.trainer.model.TokenSampler;
import dev.rlvr.trainer.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One GRPO step: sample G completions per prompt with the KV cache, score them with the reward
 * engine, drop zero-variance groups when dynamic sampling is on, compute group-relative
 * advantages, then take {@code num_iterations} optimiser steps on the clipped surrogate with the
 * KL to a frozen reference. Old log-probs are computed once per batch when there is more than
 * one iteration; with one they are the detached current ones, so the ratio is exactly 1.
 */
public final class GrpoTrainer implements AutoCloseable {
  private final GrpoConfig config;
  private final NDManager manager;
  private final RewardScorer scorer;
  private final Policy policy;
  private final TokenCodec tokenizer;
  private final PromptTemplate template;
  private final List<Problem> train;
  private final PolicyUpdate update;
  private final DynamicSampling<RolloutGroup> sampling;
  private final TokenSampler sampler;
  private final Random order;
  private final List<Problem> queue = new ArrayList<>();
  private Weights reference;

  /**
   * Creates a trainer around a policy.
   *
   * @param config the run's settings
   * @param manager the device manager for per-step arrays
   * @param scorer the reward engine
   * @param policy the model and its optimiser
   * @param train the training problems
   * @param tokenizer the policy's tokenizer
   */
  public GrpoTrainer(GrpoConfig config, NDManager manager, RewardScorer scorer, Policy policy, List<Problem> train,
      TokenCodec tokenizer) {
    this.config = config;
    this.tokenizer = tokenizer;
    this.manager = manager;
    this.scorer = scorer;
    this.policy = policy;
    this.train = List.copyOf(train);
    this.template = new PromptTemplate(config.template());
    this.update = new PolicyUpdate(policy, new GrpoLoss(config.loss()), config.numIterations());
    this.sampling = new DynamicSampling<>(config.dynamicSampling(), config.maxGenerationBatches());
    this.sampler = new TokenSampler(config.temperature(), config.topP(), config.seed());
    this.order = new Random(config.seed());
  }

  /**
   * Freezes the current policy as the KL reference (call after the warm-up). Nothing is kept
   * when beta is 0.
   */
  public void freezeReference() {
    if (config.beta() != 0) {
      reference = policy.weights().frozenCopy(manager);
    }
  }

  /**
   * Runs one step.
   *
   * @param step the step number, from 1
   * @return its metrics
   */
  public StepMetrics step(int step) {
    long start = System.nanoTime();
    long[] generation = new long[3]; // tokens, generation nanoseconds, nanoseconds waiting for rewards
    DynamicSampling.Result<RolloutGroup> collected =
        sampling.collect(config.promptsPerStep(), () -> generateGroups(generation));
    List<RolloutGroup> groups = collected.groups();
    if (groups.isEmpty()) {
      throw new IllegalStateException("dynamic sampling found no group with reward variance in "
          + collected.generationBatches() + " generation batches; raise max_generation_batches");
    }
    int g = config.numGenerations();
    List<int[]> prompts = new ArrayList<>();
    List<int[]> completions = new ArrayList<>();
    double[] rewards = new double[groups.size() * g];
    boolean[] finished = new boolean[rewards.length];
    Map<String, double[]> components = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      RolloutGroup group = groups.get(i);
      for (int j = 0; j < g; j++) {
        prompts.add(group.prompt());
        completions.add(group.completions().get(j));
        rewards[i * g + j] = group.rewards()[j];
        finished[i * g + j] = group.finished()[j];
      }
      final int row = i;
      group.components().forEach((name, v) ->
          System.arraycopy(v, 0, components.computeIfAbsent(name, k -> new double[rewards.length]), row * g, g));
    }
    double[] advantages = Advantages.compute(rewards, g, ScaleRewards.parse(config.scaleRewards()));
    int width = Math.max(1, completions.stream().mapToInt(x -> x.length).max().orElse(1));
    int[] lengths = completions.stream().mapToInt(x -> x.length).toArray();
    PaddedBatch batch = PaddedBatch.of(prompts, completions, width);
    float[] mask = CompletionMask.build(lengths, finished, width, config.maskTruncatedCompletions());
    PolicyUpdate.Outcome update = this.update.apply(manager, reference, batch, mask, advantages);
    return StepStatistics.of(step, update.loss(), rewards, components, finished, lengths, update.first(),
        update.entropy(), update.clipFraction(), collected.dropped(), generation, System.nanoTime() - start);
  }

  private List<RolloutGroup> generateGroups(long[] generation) {
    int g = config.numGenerations();
    List<Problem> chosen = new ArrayList<>();
    for (int i = 0; i < config.promptsPerStep(); i++) {
      chosen.add(next());
    }
    List<int[]> prompts = new ArrayList<>();
    List<String> promptText = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (Problem p : chosen) {
      String text = template.apply(p);
      int[] ids = tokenizer.encode(text);
      for (int j = 0; j < g; j++) {
        prompts.add(ids);
        promptText.add(text);
        answers.add(p.answer());
      }
    }
    // Rows that stop early are graded on the engine's threads while the others still generate;
    // only the rows cut at the length limit are left to score after the last token.
    RewardScorer.Pending pending = scorer.start(promptText, answers);
    long t0 = System.nanoTime();
    var out = new Generator(policy.model(), true, tokenizer.endId()).generate(manager, prompts,
        config.maxCompletionLength(), sampler,
        (row, tokens, finished) -> pending.submit(row, tokenizer.decode(tokens, 0, tokens.length), tokens.length));
    long t1 = System.nanoTime();
    Scores scores = pending.join();
    generation[0] += out.generatedTokens();
    generation[1] += t1 - t0;
    generation[2] += System.nanoTime() - t1;
    List<RolloutGroup> groups = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      int from = i * g;
      Map<String, double[]> parts = new LinkedHashMap<>();
      scores.components().forEach((name, v) -> parts.put(name, Arrays.copyOfRange(v, from, from + g)));
      groups.add(new RolloutGroup(chosen.get(i), prompts.get(from), out.tokens().subList(from, from + g),
          Arrays.copyOfRange(out.finished(), from, from + g),
          Arrays.copyOfRange(scores.rewards(), from, from + g), parts));
    }
    return groups;
  }

  private Problem next() {
    if (queue.isEmpty()) {
      queue.addAll(train);
      Collections.shuffle(queue, order);
    }
    return queue.remove(queue.size() - 1);
  }

  @Override
  public void close() {
    if (reference != null) {
      reference.close();
    }
  }
}
