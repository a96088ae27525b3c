package dev.rlvr.grader.math.parser;

import java.io.Serial;

/**
 * Raised inside the parser package when a parse tree is well formed but means nothing the
 * syntax tree can hold (a determinant, ragged matrix rows, a 5,000-digit number). The facade
 * turns it into a {@link ParseError}; it never leaves the package.
 */
final class AnswerSyntaxException extends RuntimeException {

  @Serial
  private static final long serialVersionUID = 1L;

  private final int column;

  /**
   * An error at a column.
   *
   * @param message what went wrong
   * @param column where, 0-based
   */
  AnswerSyntaxException(String message, int column) {
    super(message, null, false, false);
    this.column = Math.max(0, column);
  }

  /**
   * Where the error is.
   *
   * @return the 0-based column
   */
  int column() {
    return column;
  }
}
