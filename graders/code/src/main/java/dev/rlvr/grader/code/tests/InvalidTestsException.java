package dev.rlvr.grader.code.tests;

import java.io.Serial;

/**
 * A record whose reference holds no usable tests: none at all, or tests that cannot be read
 * (outputs missing, lengths that disagree, a call-based test without a function name). The
 * message says what was wrong; the grader reports it as the record's fault, not the program's.
 */
public final class InvalidTestsException extends IllegalArgumentException {
  @Serial
  private static final long serialVersionUID = 1L;

  public InvalidTestsException(String message) {
    super(message);
  }
}
