package dev.rlvr.grader.math.equiv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number in lowest terms with a positive denominator. Immutable.
 *
 * <p>Callers bound the sizes: {@link #bitLength()} says how big a value is, and the evaluator
 * leaves exact arithmetic for decimal approximations before numbers grow past
 * {@link Value#MAX_EXACT_BITS}.
 */
final class Rational implements Comparable<Rational> {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);

  private static final int LONGEST_SHOWN = 60;

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  /** The fraction num/den in lowest terms; den must not be zero. */
  static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (den.equals(BigInteger.ONE)) {
      return new Rational(num, den);
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE)) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return new Rational(num, den);
  }

  static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  static Rational of(BigInteger value) {
    return new Rational(value, BigInteger.ONE);
  }

  /** The exact value of a decimal: 0.50 is 1/2. The caller bounds the scale. */
  static Rational of(BigDecimal value) {
    int scale = value.scale();
    BigInteger unscaled = value.unscaledValue();
    if (scale <= 0) {
      return of(scale == 0 ? unscaled : unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }
    return of(unscaled, BigInteger.TEN.pow(scale));
  }

  BigInteger numerator() {
    return num;
  }

  BigInteger denominator() {
    return den;
  }

  int signum() {
    return num.signum();
  }

  boolean isZero() {
    return num.signum() == 0;
  }

  boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  /** Bits of numerator and denominator together: the cost of arithmetic with this value. */
  long bitLength() {
    return (long) num.bitLength() + den.bitLength();
  }

  Rational add(Rational o) {
    if (isInteger() && o.isInteger()) {
      return new Rational(num.add(o.num), BigInteger.ONE);
    }
    if (den.equals(o.den)) {
      return of(num.add(o.num), den);
    }
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational subtract(Rational o) {
    return add(o.negate());
  }

  Rational multiply(Rational o) {
    if (isInteger() && o.isInteger()) {
      return new Rational(num.multiply(o.num), BigInteger.ONE);
    }
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  /** The quotient; the divisor must not be zero. */
  Rational divide(Rational o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  Rational negate() {
    return new Rational(num.negate(), den);
  }

  Rational abs() {
    return num.signum() < 0 ? negate() : this;
  }

  Rational reciprocal() {
    return of(den, num);
  }

  /** This to a non-negative int power; the caller bounds the size of the result. */
  Rational pow(int exponent) {
    return new Rational(num.pow(exponent), den.pow(exponent));
  }

  /** The largest integer not above this value. */
  BigInteger floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The exact k-th root (k at least 2) of a non-negative value, or null when not rational. */
  Rational exactRoot(int k) {
    BigInteger n = IntegerRoots.exactRoot(num, k);
    if (n == null) {
      return null;
    }
    BigInteger d = IntegerRoots.exactRoot(den, k);
    return d == null ? null : new Rational(n, d);
  }

  /** A decimal approximation. */
  BigDecimal toBigDecimal(MathContext mc) {
    if (isInteger()) {
      return new BigDecimal(num).round(mc);
    }
    return new BigDecimal(num).divide(new BigDecimal(den), mc);
  }

  /** About log10 of the absolute value (within one); negative infinity for zero. */
  double log10Abs() {
    if (num.signum() == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return IntegerRoots.log10(num.abs()) - IntegerRoots.log10(den);
  }

  @Override
  public int compareTo(Rational o) {
    if (den.equals(o.den)) {
      return num.compareTo(o.num);
    }
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  /** {@code n} or {@code n/d}, shortened in the middle when long. */
  @Override
  public String toString() {
    String s = isInteger() ? num.toString() : num + "/" + den;
    if (s.length() <= LONGEST_SHOWN) {
      return s;
    }
    return s.substring(0, 20)
        + "..."
        + s.substring(s.length() - 20)
        + " ("
        + s.length()
        + " chars)";
  }
}
