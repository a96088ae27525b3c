package dev.rlvr.api;

import org.apiguardian.api.API;

/**
 * Thrown by {@link GradeContext#checkCancelled()} when the grade's deadline passed or the engine
 * gave up on it. Graders let it propagate; the engine turns it into a {@link Verdict#TIMEOUT}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GradeCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was cancelled and why
   */
  public GradeCancelledException(String message) {
    super(message, null, false, false);
  }
}
