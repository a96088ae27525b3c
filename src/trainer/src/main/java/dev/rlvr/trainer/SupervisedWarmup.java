package dev.rlvr.trainer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.grpo.CompletionMask;
import dev.rlvr.trainer.model.PaddedBatch;
import dev.rlvr.trainer.model.TinyTransformer;
import dev.rlvr.trainer.model.TokenCodec;
import dev.rlvr.trainer.model.TokenLogProbs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The cold start, as R1 had one: a few steps of next-token cross-entropy on written solutions,
 * so that GRPO starts from a policy that sometimes produces the format and an answer.
 */
public final class SupervisedWarmup {
  private final TinyTransformer model;
  private final PolicyOptimizer optimizer;
  private final TokenCodec tokenizer;
  private final PromptTemplate template;

  /**
   * Creates the warm-up.
   *
   * @param model the policy
   * @param optimizer its optimiser
   * @param tokenizer the tokenizer
   * @param template the prompt template
   */
  public SupervisedWarmup(TinyTransformer model, PolicyOptimizer optimizer, TokenCodec tokenizer, PromptTemplate template) {
    this.model = model;
    this.optimizer = optimizer;
    this.tokenizer = tokenizer;
    this.template = template;
  }

  /**
   * Trains.
   *
   * @param manager the parent manager for per-step arrays
   * @param examples problems with a completion
   * @param steps how many optimiser steps
   * @param batchSize examples per step
   * @param seed picks the batches
   * @return the loss of the last step
   */
  public float run(NDManager manager, List<Problem> examples, int steps, int batchSize, long seed) {
    Random random = new Random(seed);
    float last = Float.NaN;
    for (int s = 0; s < steps; s++) {
      List<int[]> prompts = new ArrayList<>();
      List<int[]> targets = new ArrayList<>();
      for (int i = 0; i < batchSize; i++) {
        Problem p = examples.get(random.nextInt(examples.size()));
        prompts.add(tokenizer.encode(template.apply(p)));
        int[] text = tokenizer.encode(p.completion());
        int[] withEnd = Arrays.copyOf(text, text.length + 1);
        withEnd[text.length] = tokenizer.endId();
        targets.add(withEnd);
      }
      int width = targets.stream().mapToInt(x -> x.length).max().orElse(1);
      PaddedBatch batch = PaddedBatch.of(prompts, targets, width);
      int[] lengths = targets.stream().mapToInt(x -> x.length).toArray();
      boolean[] done = new boolean[lengths.length];
      Arrays.fill(done, true);
      float[] mask = CompletionMask.build(lengths, done, width, false);
      try (NDManager scope = manager.newSubManager()) {
        NDArray m = scope.create(mask, new Shape(batchSize, width));
        last = optimizer.step(() -> TokenLogProbs.compute(model, scope, batch)[0].mul(m).sum().div(m.sum()).neg());
      }
    }
    return last;
  }
}
