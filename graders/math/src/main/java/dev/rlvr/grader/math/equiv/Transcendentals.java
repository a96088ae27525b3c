package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.rlvr.grader.math.equiv.Value.Approx;
import dev.rlvr.grader.math.equiv.Value.Exact;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Elementary functions of {@link Value}s at a working precision, on big-math: principal values
 * for complex arguments (exp, log, sqrt, sin, cos and what derives from them), real arguments in
 * their domain for the inverse functions. Arguments too large to reduce in reasonable time are
 * refused as undefined, never computed.
 */
final class Transcendentals {
  /** Trigonometric arguments beyond this are refused (argument reduction gets slow). */
  private static final BigDecimal MAX_TRIG_ARGUMENT = BigDecimal.valueOf(1_000_000);

  /** exp arguments beyond this would leave the magnitudes we work with (e^230000 ~ 10^99887). */
  private static final BigDecimal MAX_EXP_ARGUMENT = BigDecimal.valueOf(230_000);

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Transcendentals() {}

  static Value exp(Value x, Precision p) {
    if (x instanceof Undefined) {
      return x;
    }
    if (Arithmetic.isExactZero(x)) {
      return Value.ONE;
    }
    BigComplex z = Arithmetic.complex(x, p);
    if (z.re.abs().compareTo(MAX_EXP_ARGUMENT) > 0 || z.im.abs().compareTo(MAX_TRIG_ARGUMENT) > 0) {
      return new Undefined("exponent too large");
    }
    MathContext mc = p.mc();
    BigDecimal modulus =
        RealFunctions.negligible(z.re, p)
            ? BigDecimal.ONE.add(z.re, mc)
            : BigDecimalMath.exp(z.re, mc);
    if (z.im.signum() == 0) {
      return Arithmetic.approx(modulus);
    }
    return Arithmetic.approx(
        BigComplex.valueOf(
            modulus.multiply(RealFunctions.cos(z.im, p), mc),
            modulus.multiply(RealFunctions.sin(z.im, p), mc)));
  }

  /** The principal natural logarithm. */
  static Value log(Value x, Precision p) {
    if (x instanceof Undefined) {
      return x;
    }
    if (Arithmetic.isZero(x)) {
      return new Undefined("log of zero");
    }
    if (x instanceof Exact e && e.isReal() && e.re().equals(Rational.ONE)) {
      return Value.ZERO;
    }
    BigComplex z = Arithmetic.complex(x, p);
    MathContext mc = p.mc();
    if (z.im.signum() == 0) {
      BigDecimal ln = RealFunctions.ln(z.re.abs(), p);
      return Arithmetic.approx(
          z.re.signum() > 0 ? BigComplex.valueOf(ln) : BigComplex.valueOf(ln, p.pi()));
    }
    BigDecimal norm = z.re.multiply(z.re, mc).add(z.im.multiply(z.im, mc), mc);
    BigDecimal ln = RealFunctions.ln(norm, p).divide(TWO, mc);
    return Arithmetic.approx(BigComplex.valueOf(ln, RealFunctions.argument(z.im, z.re, p)));
  }

  /** The principal square root, exact where the value is the square of a (Gaussian) rational. */
  static Value sqrt(Value x, Precision p) {
    switch (x) {
      case Undefined u -> {
        return u;
      }
      case Exact e -> {
        Value exact = exactSqrt(e);
        if (exact != null) {
          return exact;
        }
      }
      case Approx a -> {}
    }
    BigComplex z = Arithmetic.complex(x, p);
    MathContext mc = p.mc();
    if (z.im.signum() == 0) {
      BigDecimal r = z.re.abs().sqrt(mc);
      return Arithmetic.approx(
          z.re.signum() >= 0 ? BigComplex.valueOf(r) : BigComplex.valueOf(BigDecimal.ZERO, r));
    }
    BigDecimal modulus = RealFunctions.modulus(z, p);
    BigDecimal u = modulus.add(z.re, mc).divide(TWO, mc).max(BigDecimal.ZERO).sqrt(mc);
    BigDecimal v = modulus.subtract(z.re, mc).divide(TWO, mc).max(BigDecimal.ZERO).sqrt(mc);
    return Arithmetic.approx(BigComplex.valueOf(u, z.im.signum() < 0 ? v.negate() : v));
  }

  private static Value exactSqrt(Exact e) {
    if (e.isReal()) {
      Rational r = e.re().abs().exactRoot(2);
      if (r == null) {
        return null;
      }
      return e.re().signum() >= 0 ? Exact.real(r) : new Exact(Rational.ZERO, r);
    }
    if (e.bitLength() > Value.MAX_EXACT_BITS / 4) {
      return null;
    }
    Rational a = e.re();
    Rational b = e.im();
    Rational modulus = a.multiply(a).add(b.multiply(b)).exactRoot(2);
    if (modulus == null) {
      return null;
    }
    Rational half = Rational.of(1).divide(Rational.of(2));
    Rational u = modulus.add(a).multiply(half).exactRoot(2);
    Rational v = modulus.subtract(a).multiply(half).exactRoot(2);
    if (u == null || v == null) {
      return null;
    }
    return new Exact(u, b.signum() < 0 ? v.negate() : v);
  }

  static Value sin(Value x, Precision p) {
    return trig(x, p, true);
  }

  static Value cos(Value x, Precision p) {
    return trig(x, p, false);
  }

  private static Value trig(Value x, Precision p, boolean sine) {
    if (x instanceof Undefined) {
      return x;
    }
    if (Arithmetic.isExactZero(x)) {
      return sine ? Value.ZERO : Value.ONE;
    }
    BigComplex z = Arithmetic.complex(x, p);
    if (z.re.abs().compareTo(MAX_TRIG_ARGUMENT) > 0 || z.im.abs().compareTo(MAX_EXP_ARGUMENT) > 0) {
      return new Undefined("trigonometric argument too large");
    }
    MathContext mc = p.mc();
    if (z.im.signum() == 0) {
      return Arithmetic.approx(sine ? RealFunctions.sin(z.re, p) : RealFunctions.cos(z.re, p));
    }
    BigDecimal s = RealFunctions.sin(z.re, p);
    BigDecimal c = RealFunctions.cos(z.re, p);
    BigDecimal ch = RealFunctions.cosh(z.im, p);
    BigDecimal sh = RealFunctions.sinh(z.im, p);
    return Arithmetic.approx(
        sine
            ? BigComplex.valueOf(s.multiply(ch, mc), c.multiply(sh, mc))
            : BigComplex.valueOf(c.multiply(ch, mc), s.multiply(sh, mc).negate()));
  }

  /**
   * num / den for the derived trigonometric functions, undefined where den vanishes at this
   * precision (a pole such as tan(pi/2)).
   */
  static Value quotientAwayFromPole(Value num, Value den, Precision p) {
    if (den instanceof Approx a && negligible(a.z(), p)) {
      return new Undefined("pole");
    }
    return Arithmetic.divide(num, den, p);
  }

  private static boolean negligible(BigComplex z, Precision p) {
    BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(-(p.digits() - 5));
    return z.re.abs().compareTo(limit) < 0 && z.im.abs().compareTo(limit) < 0;
  }

  /** sinh ({@code sine}) or cosh: real through big-math, complex as (e^x -/+ e^-x) / 2. */
  static Value hyperbolic(Value x, Precision p, boolean sine) {
    if (x instanceof Undefined) {
      return x;
    }
    if (Arithmetic.isExactZero(x)) {
      return sine ? Value.ZERO : Value.ONE;
    }
    if (x.isReal()) {
      BigDecimal r = x.realPart(p);
      if (r.abs().compareTo(MAX_EXP_ARGUMENT) > 0) {
        return new Undefined("argument too large");
      }
      return Arithmetic.approx(sine ? RealFunctions.sinh(r, p) : RealFunctions.cosh(r, p));
    }
    Value up = exp(x, p);
    Value down = exp(Arithmetic.negate(x), p);
    Value two = Exact.real(Rational.of(2));
    Value sum = sine ? Arithmetic.subtract(up, down, p) : Arithmetic.add(up, down, p);
    return Arithmetic.divide(sum, two, p);
  }

  /** A real function of a real argument; complex or out-of-domain arguments are undefined. */
  static Value realOnly(String name, Value x, Precision p) {
    if (x instanceof Undefined) {
      return x;
    }
    if (!x.isReal()) {
      return new Undefined(name + " of a complex number");
    }
    return RealFunctions.inverse(name, x.realPart(p), p);
  }
}
