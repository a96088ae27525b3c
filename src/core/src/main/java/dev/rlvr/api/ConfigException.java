package dev.rlvr.api;

import org.apiguardian.api.API;

/**
 * A configuration error found before any grading: a bad option, an unknown grader or recipe.
 * Its message says what is wrong and what would be accepted.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, for people
   */
  public ConfigException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, for people
   * @param cause the underlying error
   */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
