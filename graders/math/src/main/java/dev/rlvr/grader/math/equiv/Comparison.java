package dev.rlvr.grader.math.equiv;

import java.util.Objects;

/**
 * The verdict of one comparison of a gold expression with an answer.
 *
 * @param outcome equal, not equal, or undecidable
 * @param method how it was decided: {@code "exact rational"}, {@code "numeric 40 digits"},
 *     {@code "random points (x, r)"}, {@code "set"}, {@code "tuple"}, {@code "interval"},
 *     {@code "equation"}, {@code "text"}, {@code "percent"}...
 * @param detail what was compared, for people reading the grade
 */
public record Comparison(Outcome outcome, String method, String detail) {

  /** What a comparison found. */
  public enum Outcome {
    /** The answer equals the gold. */
    EQUAL,
    /** The answer differs from the gold. */
    NOT_EQUAL,
    /**
     * Neither could be shown: an undefined value (division by zero), a number too large to
     * evaluate, a form the checker does not handle.
     */
    UNDECIDABLE
  }

  /** Validates the fields. */
  public Comparison {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Whether the answer equals the gold.
   *
   * @return {@code true} for {@link Outcome#EQUAL}
   */
  public boolean isEqual() {
    return outcome == Outcome.EQUAL;
  }

  static Comparison equal(String method, String detail) {
    return new Comparison(Outcome.EQUAL, method, detail);
  }

  static Comparison notEqual(String method, String detail) {
    return new Comparison(Outcome.NOT_EQUAL, method, detail);
  }

  static Comparison undecidable(String method, String detail) {
    return new Comparison(Outcome.UNDECIDABLE, method, detail);
  }

  /** The same outcome and detail under another method name. */
  Comparison as(String newMethod) {
    return new Comparison(outcome, newMethod, detail);
  }

  /** The same outcome under a method name that says what was compared first. */
  Comparison under(String outer) {
    return new Comparison(outcome, outer + ": " + method, detail);
  }
}
