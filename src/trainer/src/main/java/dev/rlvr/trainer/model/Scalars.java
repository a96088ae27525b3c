package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Scalar operands for arithmetic that autograd differentiates.
 *
 * <p>Use these instead of DJL's {@code mul(Number)} or {@code div(Number)} on any array with a
 * gradient. On the CPU, PyTorch's {@code mul(Number)} wraps the number in a temporary array made
 * with {@code torch::from_blob} over a Java direct buffer, multiplies, and closes the temporary
 * at once. Autograd keeps that tensor for the backward pass ({@code grad * other}), but its
 * storage is still the buffer, which the garbage collector frees whenever it likes. Backward then
 * reads freed memory, so gradients and losses depend on GC timing and can even turn NaN. A
 * {@link NDArray#duplicate() duplicate} is a copy that libtorch owns, so autograd can keep it as
 * long as it needs.
 */
public final class Scalars {
  private Scalars() {}

  /**
   * A 0-dimensional float32 array whose memory belongs to libtorch, not to a Java buffer.
   *
   * @param manager the manager it belongs to (closing it frees the array)
   * @param value the value
   * @return the scalar array
   */
  public static NDArray of(NDManager manager, float value) {
    try (NDArray blob = manager.create(value)) {
      return blob.duplicate();
    }
  }
}
