/**
 * The policy: a small pre-LN causal transformer written on DJL arrays, its KV cache, a
 * character tokenizer or a Hugging Face one behind {@link dev.rlvr.trainer.model.TokenCodec}, token
 * sampling and checkpoints.
 *
 * <p>Memory rule followed throughout (DJL attaches an op's result to its first operand's
 * manager): every op takes the batch's array as its receiver and a weight as the argument, so
 * no intermediate lands in the long-lived weights' manager.
 */
package dev.rlvr.trainer.model;
