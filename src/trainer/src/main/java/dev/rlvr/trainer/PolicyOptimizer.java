package dev.rlvr.trainer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.rlvr.trainer.model.Weights;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One optimiser step on a set of weights: record the loss, back-propagate, let DJL's AdamW
 * update every array, then zero the gradients (the collector does not: they would accumulate).
 * The update runs after the collector closes, outside autograd.
 */
public final class PolicyOptimizer {
  private final Weights weights;
  private final Optimizer optimizer;

  /**
   * Creates an AdamW optimiser.
   *
   * @param weights what it trains
   * @param learningRate the step size
   * @param clipGrad the per-element gradient clip (DJL's AdamW option), 0 for none
   */
  public PolicyOptimizer(Weights weights, float learningRate, float clipGrad) {
    this.weights = weights;
    Optimizer.OptimizerBuilder<?> b = Optimizer.adamW().optLearningRateTracker(Tracker.fixed(learningRate))
        .optWeightDecays(0f);
    if (clipGrad > 0) {
      b.optClipGrad(clipGrad);
    }
    this.optimizer = ((ai.djl.training.optimizer.AdamW.Builder) b).build();
  }

  /**
   * Computes a loss under autograd and takes one step.
   *
   * @param loss computes the scalar loss (and anything it wants to keep) from the weights
   * @return the loss value before the step
   */
  public float step(Supplier<NDArray> loss) {
    float value;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray l = loss.get();
      value = l.getFloat();
      collector.backward(l);
    }
    for (Map.Entry<String, NDArray> e : weights.all().entrySet()) {
      NDArray w = e.getValue();
      try (NDArray grad = w.getGradient()) {
        optimizer.update(e.getKey(), w, grad);
        grad.subi(grad);
      }
    }
    return value;
  }
}
