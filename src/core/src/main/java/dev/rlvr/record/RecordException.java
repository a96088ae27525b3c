package dev.rlvr.record;

import org.apiguardian.api.API;

/**
 * An input line that cannot be turned into a rollout; its message names the problem and becomes
 * the {@code error} of the line's output record.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the line
   */
  public RecordException(String message) {
    super(message, null, false, false);
  }
}
