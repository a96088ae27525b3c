package dev.rlvr.grader.math.equiv;

/**
 * How a percentage on one side compares with a plain number on the other. A plain number is
 * never compared with a hundred times itself: gold {@code 0.4} against answer {@code 40} is
 * wrong under every policy.
 */
public enum PercentPolicy {
  /** {@code 50\%} equals 0.5 (its value) and nothing else. */
  VALUE,
  /**
   * {@code 50\%} equals 0.5 and also 50: the percent sign may be dropped or added. The
   * default, since questions that ask "what percent" take both.
   */
  VALUE_OR_SIGN,
  /** {@code 50\%} equals 50 only: the sign is decoration, never 0.5. */
  IGNORE_SIGN
}
