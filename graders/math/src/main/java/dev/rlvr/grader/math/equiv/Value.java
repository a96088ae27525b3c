package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;

/**
 * The value of an expression: exact (a Gaussian rational), approximate (a complex decimal at
 * the working precision) or undefined (with the reason).
 */
sealed interface Value {
  /** Exact values bigger than this (numerator and denominator bits) become approximations. */
  long MAX_EXACT_BITS = 32_768;

  /** Approximations beyond 10^this (or below 10^-this) are refused as too large. */
  long MAX_MAGNITUDE_DIGITS = 100_000;

  /** The constant zero. */
  Exact ZERO = new Exact(Rational.ZERO, Rational.ZERO);

  /** The constant one. */
  Exact ONE = new Exact(Rational.ONE, Rational.ZERO);

  /**
   * An exact value re + im i.
   *
   * @param re the real part
   * @param im the imaginary part
   */
  record Exact(Rational re, Rational im) implements Value {
    static Exact real(Rational re) {
      return new Exact(re, Rational.ZERO);
    }

    @Override
    public boolean isReal() {
      return im.isZero();
    }

    boolean isZero() {
      return re.isZero() && im.isZero();
    }

    long bitLength() {
      return re.bitLength() + im.bitLength();
    }

    @Override
    public String toString() {
      if (im.isZero()) {
        return re.toString();
      }
      return re.isZero()
          ? im + "i"
          : "(" + re + (im.signum() < 0 ? " - " : " + ") + im.abs() + "i)";
    }
  }

  /**
   * An approximation.
   *
   * @param z the value at the working precision
   */
  record Approx(BigComplex z) implements Value {
    @Override
    public boolean isReal() {
      return z.im.signum() == 0;
    }

    @Override
    public String toString() {
      String re = z.re.round(Precision.SHOWN).toString();
      if (z.im.signum() == 0) {
        return "~" + re;
      }
      return "~(" + re + " + " + z.im.round(Precision.SHOWN) + "i)";
    }
  }

  /**
   * No value: division by zero, a free variable, a number too large to evaluate.
   *
   * @param reason why
   */
  record Undefined(String reason) implements Value {
    @Override
    public String toString() {
      return "undefined (" + reason + ")";
    }
  }

  /** Whether this is exact and real. */
  default boolean isExactReal() {
    return this instanceof Exact e && e.isReal();
  }

  /** Whether this is real (exact or approximate); undefined values are not. */
  default boolean isReal() {
    return false;
  }

  /** An approximation of the real part; only for defined values. */
  default BigDecimal realPart(Precision p) {
    return switch (this) {
      case Exact e -> e.re().toBigDecimal(p.mc());
      case Approx a -> a.z().re;
      case Undefined u -> throw new IllegalStateException("undefined value");
    };
  }
}
