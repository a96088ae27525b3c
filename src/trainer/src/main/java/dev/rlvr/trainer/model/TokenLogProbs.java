package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Log-probabilities a model gives the completion tokens of a {@link PaddedBatch}, in one
 * forward pass over prompt plus completion: the logits at position t score token t + 1.
 */
public final class TokenLogProbs {
  private TokenLogProbs() {}

  /**
   * The per-token log-probabilities and entropies of the completions.
   *
   * @param model the model (the policy with gradients, or a frozen one)
   * @param manager where the batch's arrays go
   * @param batch the layout
   * @return (B, C) log-probabilities and (B, C) entropies (the latter without gradient)
   */
  public static NDArray[] compute(TinyTransformer model, NDManager manager, PaddedBatch batch) {
    int rows = batch.rows();
    int width = batch.width();
    int p = batch.promptWidth();
    int c = batch.completionWidth();
    NDArray tokens = manager.create(batch.tokens(), new Shape(rows, width));
    NDArray logits = model.logits(tokens, manager.create(batch.positions(), new Shape(rows, width)),
        manager.create(batch.keyBias(), new Shape(rows, width)), null);
    NDArray logp = logits.get(":, {}:{}, :", p - 1, p - 1 + c).logSoftmax(2);
    NDArray targets = tokens.get(":, {}:{}", p, p + c);
    int vocab = model.weights().shape().vocabulary();
    NDArray picked = logp.mul(targets.oneHot(vocab, DataType.FLOAT32)).sum(new int[] {2});
    NDArray detached = logp.stopGradient();
    NDArray entropy = detached.exp().mul(detached).sum(new int[] {2}).neg();
    return new NDArray[] {picked, entropy};
  }
}
