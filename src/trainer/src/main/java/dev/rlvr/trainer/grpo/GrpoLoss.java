package dev.rlvr.trainer.grpo;

import ai.djl.ndarray.NDArray;
import dev.rlvr.trainer.model.Scalars;

/**
 * The clipped surrogate with a k3 KL penalty (DeepSeekMath eq. 3 and 4), reduced as
 * {@link LossType} says. All arrays are (batch, completion length) except the advantages,
 * which are (batch); the mask is 1 for tokens that count and 0 for padding and masked rows.
 *
 * <p>Per token: {@code r = exp(logp - old)}, {@code loss = -min(r A, clip(r, 1-eL, 1+eH) A)}
 * plus {@code beta * (exp(ref - logp) - (ref - logp) - 1)}. The reductions and clip
 * statistics are those of TRL's {@code GRPOTrainer._compute_loss}; the k3 estimator is
 * Schulman's "Approximating KL divergence" (2020).
 */
public final class GrpoLoss {
  private final LossSettings settings;

  /**
   * Creates the objective.
   *
   * @param settings the knobs
   */
  public GrpoLoss(LossSettings settings) {
    this.settings = settings;
  }

  /**
   * Computes the loss.
   *
   * @param logps the policy's log-probabilities of the sampled tokens, with gradient
   * @param oldLogps those of the policy that sampled them; null means "this policy", so the
   *     ratio is exactly 1 (TRL's path when there is one iteration per generation)
   * @param refLogps the frozen reference's; ignored (may be null) when beta is 0
   * @param advantages one per sequence
   * @param mask which tokens count
   * @param globalTokens the unmasked token count of the whole generation batch, for DAPO's
   *     normaliser (equal to {@code mask.sum()} when the batch is not split)
   * @return the loss and its statistics
   */
  public LossResult compute(
      NDArray logps, NDArray oldLogps, NDArray refLogps, NDArray advantages, NDArray mask, double globalTokens) {
    NDArray old = oldLogps == null ? logps.stopGradient() : oldLogps;
    NDArray adv = advantages.expandDims(1);
    NDArray ratio = logps.sub(old).exp();
    NDArray clipped = ratio.clip(1 - settings.epsilonLow(), 1 + settings.epsilonHigh());
    NDArray perToken = ratio.mul(adv).minimum(clipped.mul(adv)).neg();
    double kl = 0;
    if (settings.beta() != 0) {
      if (refLogps == null) {
        throw new IllegalArgumentException("beta is " + settings.beta() + " but no reference log-probs were given");
      }
      NDArray diff = refLogps.sub(logps);
      NDArray perTokenKl = diff.exp().sub(diff).sub(1);
      perToken = perToken.add(perTokenKl.mul(Scalars.of(perTokenKl.getManager(), (float) settings.beta())));
      kl = maskedMean(perTokenKl.stopGradient(), mask);
    }
    NDArray loss = reduce(perToken.mul(mask), mask, globalTokens);
    NDArray r = ratio.stopGradient();
    double low = maskedMean(r.lt(1 - settings.epsilonLow()).logicalAnd(adv.lt(0)).toType(mask.getDataType(), false), mask);
    double high = maskedMean(r.gt(1 + settings.epsilonHigh()).logicalAnd(adv.gt(0)).toType(mask.getDataType(), false), mask);
    return new LossResult(loss, kl, low, high, low + high);
  }

  private NDArray reduce(NDArray maskedLoss, NDArray mask, double globalTokens) {
    return switch (settings.type()) {
      case GRPO -> maskedLoss.sum(new int[] {1}).div(mask.sum(new int[] {1}).maximum(1f)).mean();
      case BNPO -> maskedLoss.sum().div(mask.sum().maximum(1f));
      case DR_GRPO -> maskedLoss.sum().div(Scalars.of(maskedLoss.getManager(),
          (float) (maskedLoss.getShape().get(0) * settings.maxCompletionLength())));
      case DAPO -> maskedLoss.sum().div(Scalars.of(maskedLoss.getManager(), (float) Math.max(1.0, globalTokens)));
    };
  }

  private static double maskedMean(NDArray values, NDArray mask) {
    double count = mask.sum().getFloat();
    return count == 0 ? 0 : values.mul(mask).sum().getFloat() / count;
  }
}
