package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A working precision and the constants computed at it. Immutable.
 *
 * @param digits significant digits of every approximate operation
 * @param mc the math context of {@code digits}
 * @param pi pi at this precision
 * @param e Euler's number at this precision
 * @param ln10 the natural log of 10 at this precision
 * @param tolerance the relative difference under which two approximations are equal:
 *     10^-(digits - 10)
 */
record Precision(
    int digits,
    MathContext mc,
    BigDecimal pi,
    BigDecimal e,
    BigDecimal ln10,
    BigDecimal tolerance) {

  /** How many digits the details show of an approximation. */
  static final MathContext SHOWN = new MathContext(12);

  /** The least working precision: below it the ten digits of slack leave nothing to compare. */
  static final int MIN_DIGITS = 16;

  static Precision of(int digits) {
    int d = Math.max(MIN_DIGITS, digits);
    MathContext mc = new MathContext(d);
    return new Precision(
        d,
        mc,
        BigDecimalMath.pi(mc),
        BigDecimalMath.e(mc),
        BigDecimalMath.log(BigDecimal.TEN, mc),
        BigDecimal.ONE.scaleByPowerOfTen(-(d - 10)));
  }

  /** A finer precision for a second look at near misses: twice the digits and ten more. */
  Precision finer() {
    return of(2 * digits + 10);
  }
}
