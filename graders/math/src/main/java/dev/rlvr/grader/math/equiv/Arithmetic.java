package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigComplex;
import dev.rlvr.grader.math.equiv.Value.Approx;
import dev.rlvr.grader.math.equiv.Value.Exact;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import java.math.BigDecimal;

/**
 * The four operations on {@link Value}s: exact while both operands are exact and the result
 * stays small, approximate otherwise; an undefined operand makes the result undefined.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Value add(Value a, Value b, Precision p) {
    if (a instanceof Exact x && b instanceof Exact y) {
      if (x.im().isZero() && y.im().isZero()) {
        return exact(x.re().add(y.re()), Rational.ZERO, p);
      }
      return exact(x.re().add(y.re()), x.im().add(y.im()), p);
    }
    Value undefined = firstUndefined(a, b);
    if (undefined != null) {
      return undefined;
    }
    return approx(complex(a, p).add(complex(b, p), p.mc()));
  }

  static Value subtract(Value a, Value b, Precision p) {
    return add(a, negate(b), p);
  }

  static Value multiply(Value a, Value b, Precision p) {
    if (a instanceof Exact x && b instanceof Exact y) {
      if (x.im().isZero() && y.im().isZero()) {
        return exact(x.re().multiply(y.re()), Rational.ZERO, p);
      }
      Rational re = x.re().multiply(y.re()).subtract(x.im().multiply(y.im()));
      Rational im = x.re().multiply(y.im()).add(x.im().multiply(y.re()));
      return exact(re, im, p);
    }
    Value undefined = firstUndefined(a, b);
    if (undefined != null) {
      return undefined;
    }
    if (isExactZero(a) || isExactZero(b)) {
      return Value.ZERO;
    }
    return approx(complex(a, p).multiply(complex(b, p), p.mc()));
  }

  static Value divide(Value a, Value b, Precision p) {
    Value undefined = firstUndefined(a, b);
    if (undefined != null) {
      return undefined;
    }
    if (isZero(b)) {
      return new Undefined("division by zero");
    }
    if (a instanceof Exact x && b instanceof Exact y) {
      if (y.im().isZero()) {
        return exact(x.re().divide(y.re()), x.im().divide(y.re()), p);
      }
      Rational norm = y.re().multiply(y.re()).add(y.im().multiply(y.im()));
      Rational re = x.re().multiply(y.re()).add(x.im().multiply(y.im()));
      Rational im = x.im().multiply(y.re()).subtract(x.re().multiply(y.im()));
      return exact(re.divide(norm), im.divide(norm), p);
    }
    if (isExactZero(a)) {
      return Value.ZERO;
    }
    BigComplex d = complex(b, p);
    if (d.im.signum() == 0) {
      return approx(complex(a, p).divide(d.re, p.mc()));
    }
    return approx(complex(a, p).divide(d, p.mc()));
  }

  static Value negate(Value a) {
    return switch (a) {
      case Exact x -> new Exact(x.re().negate(), x.im().negate());
      case Approx x -> new Approx(x.z().negate());
      case Undefined u -> u;
    };
  }

  /** An exact value, or its approximation when it has grown too big to keep exact. */
  static Value exact(Rational re, Rational im, Precision p) {
    if (re.bitLength() + im.bitLength() <= Value.MAX_EXACT_BITS) {
      return new Exact(re, im);
    }
    return approx(BigComplex.valueOf(re.toBigDecimal(p.mc()), im.toBigDecimal(p.mc())));
  }

  /** An approximation, or undefined when it lies beyond the magnitudes we work with. */
  static Value approx(BigComplex z) {
    if (outOfRange(z.re) || outOfRange(z.im)) {
      return new Undefined("number too large or too small to evaluate");
    }
    return new Approx(z);
  }

  /** A real approximation, or undefined when out of range. */
  static Value approx(BigDecimal x) {
    return approx(BigComplex.valueOf(x));
  }

  /** The complex approximation of a defined value. */
  static BigComplex complex(Value v, Precision p) {
    return switch (v) {
      case Exact x ->
          x.im().isZero()
              ? BigComplex.valueOf(x.re().toBigDecimal(p.mc()))
              : BigComplex.valueOf(x.re().toBigDecimal(p.mc()), x.im().toBigDecimal(p.mc()));
      case Approx x -> x.z();
      case Undefined u -> throw new IllegalStateException("undefined value: " + u.reason());
    };
  }

  /** The first undefined of two values, or null. */
  static Value firstUndefined(Value a, Value b) {
    if (a instanceof Undefined) {
      return a;
    }
    return b instanceof Undefined ? b : null;
  }

  static boolean isExactZero(Value v) {
    return v instanceof Exact x && x.isZero();
  }

  /** Exactly zero, or an approximation whose digits are all zero. */
  static boolean isZero(Value v) {
    return switch (v) {
      case Exact x -> x.isZero();
      case Approx x -> x.z().re.signum() == 0 && x.z().im.signum() == 0;
      case Undefined u -> false;
    };
  }

  /** About log10 |x| + 1 for a non-zero x. */
  static long magnitude(BigDecimal x) {
    return (long) x.precision() - x.scale();
  }

  private static boolean outOfRange(BigDecimal x) {
    if (x.signum() == 0) {
      return false;
    }
    long m = magnitude(x);
    return m > Value.MAX_MAGNITUDE_DIGITS || m < -Value.MAX_MAGNITUDE_DIGITS;
  }
}
