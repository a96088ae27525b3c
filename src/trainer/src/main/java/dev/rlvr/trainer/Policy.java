package dev.rlvr.trainer;

import dev.rlvr.trainer.model.TinyTransformer;
import dev.rlvr.trainer.model.Weights;

/**
 * The trained model: its weights, the transformer that reads them and their optimiser.
 *
 * @param weights the parameters
 * @param model the transformer over them
 * @param optimizer the optimiser that updates them
 */
public record Policy(Weights weights, TinyTransformer model, PolicyOptimizer optimizer) {

  /**
   * Wraps weights with a fresh AdamW optimiser.
   *
   * @param weights the parameters
   * @param learningRate the step size
   * @param clipGrad the per-element gradient clip, 0 for none
   * @return the policy
   */
  public static Policy of(Weights weights, double learningRate, double clipGrad) {
    return new Policy(weights, new TinyTransformer(weights), new PolicyOptimizer(weights, (float) learningRate, (float) clipGrad));
  }
}
