package dev.rlvr.trainer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.rlvr.trainer.grpo.GrpoLoss;
import dev.rlvr.trainer.grpo.LossResult;
import dev.rlvr.trainer.model.PaddedBatch;
import dev.rlvr.trainer.model.TinyTransformer;
import dev.rlvr.trainer.model.TokenLogProbs;
import dev.rlvr.trainer.model.Weights;

/**
 * The optimisation half of a GRPO step, shared by the trainer and the step benchmark: reference
 * log-probs once, old log-probs once when there is more than one iteration (with one they are
 * the detached current ones, so the ratio is exactly 1), then {@code num_iterations} AdamW steps
 * on the clipped surrogate. Every array of the update lives in one sub-manager closed at the end.
 */
final class PolicyUpdate {
  private final Policy policy;
  private final GrpoLoss loss;
  private final int iterations;

  /**
   * What one update did.
   *
   * @param loss the loss of the last iteration
   * @param first the first iteration's loss statistics (KL and clip fractions)
   * @param entropy the mean token entropy of the first iteration
   * @param clipFraction the clip fraction averaged over the iterations
   */
  record Outcome(float loss, LossResult first, double entropy, double clipFraction) {}

  PolicyUpdate(Policy policy, GrpoLoss loss, int iterations) {
    this.policy = policy;
    this.loss = loss;
    this.iterations = iterations;
  }

  /**
   * Applies the update.
   *
   * @param manager the parent of the update's arrays
   * @param reference the frozen KL reference, or null when beta is 0
   * @param batch prompts and completions laid out
   * @param mask (rows x completion width) 1 where a token counts
   * @param advantages one per row
   * @return what it did
   */
  Outcome apply(NDManager manager, Weights reference, PaddedBatch batch, float[] mask, double[] advantages) {
    try (NDManager scope = manager.newSubManager()) {
      NDArray m = scope.create(mask, new Shape(batch.rows(), batch.completionWidth()));
      float[] adv = new float[advantages.length];
      for (int i = 0; i < adv.length; i++) {
        adv[i] = (float) advantages[i];
      }
      NDArray a = scope.create(adv);
      double tokens = m.sum().getFloat();
      NDArray ref = reference == null ? null : TokenLogProbs.compute(new TinyTransformer(reference), scope, batch)[0];
      NDArray old = iterations > 1 ? TokenLogProbs.compute(policy.model(), scope, batch)[0].stopGradient() : null;
      LossResult[] results = new LossResult[iterations];
      double entropy = 0;
      float last = 0;
      double clip = 0;
      for (int it = 0; it < iterations; it++) {
        final int pass = it;
        final double[] ent = new double[1];
        last = policy.optimizer().step(() -> {
          NDArray[] lp = TokenLogProbs.compute(policy.model(), scope, batch);
          results[pass] = loss.compute(lp[0], old, ref, a, m, tokens);
          ent[0] = tokens == 0 ? 0 : lp[1].mul(m).sum().getFloat() / tokens;
          return results[pass].loss();
        });
        if (it == 0) {
          entropy = ent[0];
        }
        clip += results[it].clipFraction() / iterations;
      }
      return new Outcome(last, results[0], entropy, clip);
    }
  }
}
