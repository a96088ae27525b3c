package dev.rlvr.trainer.grpo;

import ai.djl.ndarray.NDArray;

/**
 * The GRPO loss of one batch and what the step logs about it.
 *
 * @param loss the scalar to differentiate; attached to the batch's manager
 * @param kl the mean k3 KL to the reference over unmasked tokens (0 without a reference)
 * @param clipLow the fraction of tokens clipped at {@code 1 - epsilonLow} with a negative advantage
 * @param clipHigh the fraction clipped at {@code 1 + epsilonHigh} with a positive advantage
 * @param clipFraction the fraction of tokens whose gradient the clip removed (low plus high)
 */
public record LossResult(NDArray loss, double kl, double clipLow, double clipHigh, double clipFraction) {}
