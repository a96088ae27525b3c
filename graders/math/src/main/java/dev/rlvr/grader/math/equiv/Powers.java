package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigComplexMath;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.rlvr.grader.math.equiv.Value.Exact;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Powers and roots. Exact while the result stays small (an integer power of a rational, a
 * rational power of a perfect power), approximate when it is not rational or too big to keep,
 * and refused when even its approximation would be out of range ({@code 10^{10^{10}}}).
 *
 * <p>Odd roots of negative reals are real ({@code \sqrt[3]{-8} = -2}, {@code (-8)^{1/3} = -2}),
 * as in school algebra; otherwise powers take the principal complex value
 * ({@code \sqrt{-4} = 2i}).
 */
final class Powers {
  private Powers() {}

  static Value power(Value base, Value exponent, Precision p) {
    Value undefined = Arithmetic.firstUndefined(base, exponent);
    if (undefined != null) {
      return undefined;
    }
    if (exponent instanceof Exact x && x.isReal()) {
      Rational r = x.re();
      if (r.isInteger()) {
        return integerPower(base, r.numerator(), p);
      }
      if (r.denominator().equals(BigInteger.TWO)) {
        return integerPower(Transcendentals.sqrt(base, p), r.numerator(), p);
      }
      if (base.isReal()) {
        return realRationalPower(base, r, p);
      }
    }
    return complexPower(base, exponent, p);
  }

  /** The n-th root: {@code \sqrt[n]{x}}, real for odd n and negative x. */
  static Value root(Value radicand, Value index, Precision p) {
    Value undefined = Arithmetic.firstUndefined(radicand, index);
    if (undefined != null) {
      return undefined;
    }
    if (Arithmetic.isZero(index)) {
      return new Undefined("root of index zero");
    }
    if (index instanceof Exact n && n.isReal() && n.re().equals(Rational.of(2))) {
      return Transcendentals.sqrt(radicand, p);
    }
    return power(radicand, Arithmetic.divide(Value.ONE, index, p), p);
  }

  static Value integerPower(Value base, BigInteger n, Precision p) {
    if (base instanceof Undefined) {
      return base;
    }
    if (Arithmetic.isZero(base)) {
      int s = n.signum();
      return s > 0 ? Value.ZERO : s == 0 ? Value.ONE : new Undefined("division by zero");
    }
    if (n.signum() == 0) {
      return Value.ONE;
    }
    if (base instanceof Exact b) {
      Value unit = unitPower(b, n);
      if (unit != null) {
        return unit;
      }
      if (n.bitLength() < 31 && b.bitLength() * n.abs().longValue() <= Value.MAX_EXACT_BITS) {
        Value positive = exactPower(b, n.abs().intValue(), p);
        return n.signum() > 0 ? positive : Arithmetic.divide(Value.ONE, positive, p);
      }
    }
    double magnitude = Math.abs(log10Abs(base, p)) * Math.abs(n.doubleValue());
    if (magnitude > Value.MAX_MAGNITUDE_DIGITS || n.bitLength() > 62) {
      return new Undefined("power too large to evaluate");
    }
    if (base.isReal() && n.bitLength() < 30) {
      return Arithmetic.approx(base.realPart(p).pow(n.intValue(), p.mc()));
    }
    if (base.isReal()) {
      return Arithmetic.approx(BigDecimalMath.pow(base.realPart(p), n.longValue(), p.mc()));
    }
    return Arithmetic.approx(
        BigComplexMath.pow(Arithmetic.complex(base, p), n.longValue(), p.mc()));
  }

  /** Powers of 1, -1, i and -i for any exponent, or null for other bases. */
  private static Value unitPower(Exact b, BigInteger n) {
    boolean realUnit = b.im().isZero() && b.re().abs().equals(Rational.ONE);
    boolean imaginaryUnit = b.re().isZero() && b.im().abs().equals(Rational.ONE);
    if (!realUnit && !imaginaryUnit) {
      return null;
    }
    if (realUnit) {
      return b.re().signum() > 0 || !n.testBit(0) ? Value.ONE : b;
    }
    int k = n.mod(BigInteger.valueOf(4)).intValue();
    Rational s = b.im();
    return switch (k) {
      case 0 -> Value.ONE;
      case 1 -> new Exact(Rational.ZERO, s);
      case 2 -> Exact.real(Rational.MINUS_ONE);
      default -> new Exact(Rational.ZERO, s.negate());
    };
  }

  private static Value exactPower(Exact b, int n, Precision p) {
    if (b.isReal()) {
      return Arithmetic.exact(b.re().pow(n), Rational.ZERO, p);
    }
    Value result = Value.ONE;
    Value square = b;
    int k = n;
    while (k > 0) {
      if ((k & 1) != 0) {
        result = Arithmetic.multiply(result, square, p);
      }
      k >>= 1;
      if (k > 0) {
        square = Arithmetic.multiply(square, square, p);
      }
    }
    return result;
  }

  /** A real base to a non-integer rational power (denominator not 2). */
  private static Value realRationalPower(Value base, Rational r, Precision p) {
    BigInteger q = r.denominator();
    boolean oddRoot = q.testBit(0);
    if (base instanceof Exact b && q.bitLength() < 31) {
      int k = q.intValue();
      Rational root =
          b.re().signum() >= 0
              ? b.re().exactRoot(k)
              : oddRoot ? negateOrNull(b.re().negate().exactRoot(k)) : null;
      if (root != null) {
        return integerPower(Exact.real(root), r.numerator(), p);
      }
    }
    BigDecimal x = base.realPart(p);
    if (x.signum() == 0) {
      return r.signum() > 0 ? Value.ZERO : new Undefined("division by zero");
    }
    if (x.signum() > 0) {
      return positivePower(x, r.toBigDecimal(p.mc()), p);
    }
    if (oddRoot) {
      Value magnitude = positivePower(x.negate(), r.toBigDecimal(p.mc()), p);
      return r.numerator().testBit(0) ? Arithmetic.negate(magnitude) : magnitude;
    }
    return complexPower(base, Exact.real(r), p);
  }

  private static Rational negateOrNull(Rational r) {
    return r == null ? null : r.negate();
  }

  /** x^y for x > 0 and real y, through exp and a log that stays fast for tiny and huge x. */
  private static Value positivePower(BigDecimal x, BigDecimal y, Precision p) {
    BigDecimal ln = RealFunctions.ln(x, p);
    return Transcendentals.exp(Arithmetic.approx(y.multiply(ln, p.mc())), p);
  }

  /** The principal value exp(w log z). */
  private static Value complexPower(Value base, Value exponent, Precision p) {
    if (Arithmetic.isZero(base)) {
      BigDecimal re = exponent.realPart(p);
      return re.signum() > 0 ? Value.ZERO : new Undefined("zero to a non-positive power");
    }
    Value log = Transcendentals.log(base, p);
    return Transcendentals.exp(Arithmetic.multiply(exponent, log, p), p);
  }

  /** About log10 |v| for a defined, non-zero value. */
  static double log10Abs(Value v, Precision p) {
    return switch (v) {
      case Exact e -> Math.max(e.re().log10Abs(), e.im().log10Abs());
      case Value.Approx a -> Math.max(log10(a.z().re), log10(a.z().im));
      case Undefined u -> 0;
    };
  }

  private static double log10(BigDecimal x) {
    return x.signum() == 0 ? Double.NEGATIVE_INFINITY : Arithmetic.magnitude(x) - 1;
  }
}
