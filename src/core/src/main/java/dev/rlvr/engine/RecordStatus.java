package dev.rlvr.engine;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The status of one scored record, as written in the output's {@code status} field.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecordStatus {
  /** Every component was judged. */
  OK,
  /** The record could not be read, or a grader failed or found the reference unusable. */
  ERROR,
  /** A grader ran past its deadline. */
  TIMEOUT,
  /** The record was not scored on purpose. */
  SKIPPED;

  /**
   * The name used in output records.
   *
   * @return {@code ok}, {@code error}, {@code timeout} or {@code skipped}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
