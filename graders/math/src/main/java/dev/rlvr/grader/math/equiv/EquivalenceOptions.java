package dev.rlvr.grader.math.equiv;

import java.util.Objects;

/**
 * How {@link Equivalence} decides. Immutable.
 *
 * @param relativeTolerance the relative tolerance |answer - gold| <= tolerance * |gold|, used
 *     only when the gold itself contains a decimal literal (an inexact gold); 0 means exact
 * @param percent how a percentage compares with a plain number
 * @param degreesEqualRadians whether {@code 30^\circ} also equals {@code \pi/6}
 * @param digits significant digits of numeric evaluation; two approximations are equal when
 *     their relative difference is under 10^-(digits - 10); at least 16
 * @param randomPoints how many points two expressions in free variables must agree at
 * @param seed the seed of those points, so that every comparison is reproducible
 */
public record EquivalenceOptions(
    double relativeTolerance,
    PercentPolicy percent,
    boolean degreesEqualRadians,
    int digits,
    int randomPoints,
    long seed) {

  /** The seed of {@link #defaults()}. */
  public static final long DEFAULT_SEED = 0x5EED_2025L;

  /** Validates the options. */
  public EquivalenceOptions {
    Objects.requireNonNull(percent, "percent");
    if (!(relativeTolerance >= 0 && relativeTolerance < 1)) {
      throw new IllegalArgumentException(
          "relativeTolerance must be in [0, 1): " + relativeTolerance);
    }
    if (digits < Precision.MIN_DIGITS || digits > 1000) {
      throw new IllegalArgumentException("digits must be in [16, 1000]: " + digits);
    }
    if (randomPoints < 1 || randomPoints > 100) {
      throw new IllegalArgumentException("randomPoints must be in [1, 100]: " + randomPoints);
    }
  }

  /**
   * Exact comparison, percent sign optional, degrees equal to radians, 40 digits, 6 random
   * points, a fixed seed.
   *
   * @return the defaults
   */
  public static EquivalenceOptions defaults() {
    return new EquivalenceOptions(0.0, PercentPolicy.VALUE_OR_SIGN, true, 40, 6, DEFAULT_SEED);
  }

  /**
   * These options with another tolerance for inexact golds.
   *
   * @param tolerance the relative tolerance, in [0, 1)
   * @return the new options
   */
  public EquivalenceOptions withRelativeTolerance(double tolerance) {
    return new EquivalenceOptions(
        tolerance, percent, degreesEqualRadians, digits, randomPoints, seed);
  }

  /**
   * These options with another percent policy.
   *
   * @param policy the policy
   * @return the new options
   */
  public EquivalenceOptions withPercent(PercentPolicy policy) {
    return new EquivalenceOptions(
        relativeTolerance, policy, degreesEqualRadians, digits, randomPoints, seed);
  }

  /**
   * These options with degrees equal to radians or not.
   *
   * @param equal whether {@code 30^\circ} equals {@code \pi/6}
   * @return the new options
   */
  public EquivalenceOptions withDegreesEqualRadians(boolean equal) {
    return new EquivalenceOptions(relativeTolerance, percent, equal, digits, randomPoints, seed);
  }
}
