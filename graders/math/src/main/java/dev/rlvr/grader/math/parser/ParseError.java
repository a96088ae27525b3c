package dev.rlvr.grader.math.parser;

import java.util.Objects;

/**
 * Why an answer did not parse.
 *
 * <p>Answers are one line once normalised, so a position is a column: the 0-based offset in the
 * normalised answer (math delimiters, spacing commands and {@code \left}/{@code \right} removed),
 * or 0 when the error concerns the answer as a whole.
 *
 * @param message what went wrong, for people; never null
 * @param column where, 0-based, never negative
 */
public record ParseError(String message, int column) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the message is null
   * @throws IllegalArgumentException if the column is negative
   */
  public ParseError {
    Objects.requireNonNull(message, "message");
    if (column < 0) {
      throw new IllegalArgumentException("column must not be negative: " + column);
    }
  }
}
