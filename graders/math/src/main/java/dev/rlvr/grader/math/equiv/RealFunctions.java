package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Real functions of approximations at a working precision, on big-math, made safe at extreme
 * magnitudes: big-math expands numbers such as 10^-5000 in full and sums slowly converging
 * series for large sinh and cosh, so tiny and huge arguments take their limiting forms here
 * (sin x = x, arctan x = pi/2...) and ln splits off the power of ten.
 */
final class RealFunctions {
  private RealFunctions() {}

  /**
   * Whether |x| is below 10^-(2 digits): then sin x = x, cos x = 1 and so on to the working
   * precision.
   */
  static boolean negligible(BigDecimal x, Precision p) {
    return x.signum() == 0 || Arithmetic.magnitude(x) < -2L * p.digits();
  }

  /** Whether |x| is above 10^(2 digits), where 1/x no longer shows at the working precision. */
  static boolean huge(BigDecimal x, Precision p) {
    return Arithmetic.magnitude(x) > 2L * p.digits();
  }

  /** ln x for x > 0: ln of the mantissa plus the power of ten times ln 10. */
  static BigDecimal ln(BigDecimal x, Precision p) {
    long k = Arithmetic.magnitude(x) - 1;
    BigDecimal mantissa = x.scaleByPowerOfTen((int) -k);
    BigDecimal ln = BigDecimalMath.log(mantissa, p.mc());
    if (k == 0) {
      return ln;
    }
    return ln.add(p.ln10().multiply(BigDecimal.valueOf(k), p.mc()), p.mc());
  }

  static BigDecimal sin(BigDecimal x, Precision p) {
    return negligible(x, p) ? x : BigDecimalMath.sin(x, p.mc());
  }

  static BigDecimal cos(BigDecimal x, Precision p) {
    return negligible(x, p) ? BigDecimal.ONE : BigDecimalMath.cos(x, p.mc());
  }

  /** sinh: big-math's series near 0, (e^x - e^-x) / 2 away from it. */
  static BigDecimal sinh(BigDecimal x, Precision p) {
    if (negligible(x, p)) {
      return x;
    }
    if (x.abs().compareTo(BigDecimal.ONE) < 0) {
      return BigDecimalMath.sinh(x, p.mc());
    }
    BigDecimal up = BigDecimalMath.exp(x, p.mc());
    return up.subtract(BigDecimal.ONE.divide(up, p.mc()), p.mc()).divide(BigDecimal.TWO, p.mc());
  }

  /** cosh as (e^x + e^-x) / 2. */
  static BigDecimal cosh(BigDecimal x, Precision p) {
    if (negligible(x, p)) {
      return BigDecimal.ONE;
    }
    BigDecimal up = BigDecimalMath.exp(x, p.mc());
    return up.add(BigDecimal.ONE.divide(up, p.mc()), p.mc()).divide(BigDecimal.TWO, p.mc());
  }

  /** |z|, rounding at every step (big-math's own is exact, and slow at extremes). */
  static BigDecimal modulus(BigComplex z, Precision p) {
    if (z.im.signum() == 0) {
      return z.re.abs();
    }
    if (z.re.signum() == 0) {
      return z.im.abs();
    }
    MathContext mc = p.mc();
    return z.re.multiply(z.re, mc).add(z.im.multiply(z.im, mc), mc).sqrt(mc);
  }

  /** The angle of (x, y) in (-pi, pi], through arctan so that extreme ratios stay fast. */
  static BigDecimal argument(BigDecimal y, BigDecimal x, Precision p) {
    MathContext mc = p.mc();
    if (x.signum() == 0) {
      return y.signum() >= 0 ? halfPi(p) : halfPi(p).negate();
    }
    BigDecimal atan = arctan(y.divide(x, mc), p);
    if (x.signum() > 0) {
      return atan;
    }
    return y.signum() >= 0 ? atan.add(p.pi(), mc) : atan.subtract(p.pi(), mc);
  }

  private static BigDecimal arctan(BigDecimal r, Precision p) {
    if (negligible(r, p)) {
      return r;
    }
    if (huge(r, p)) {
      return r.signum() > 0 ? halfPi(p) : halfPi(p).negate();
    }
    return BigDecimalMath.atan(r, p.mc());
  }

  static BigDecimal halfPi(Precision p) {
    return p.pi().divide(BigDecimal.TWO, p.mc());
  }

  /** An inverse trigonometric or hyperbolic function; outside its real domain, undefined. */
  static Value inverse(String name, BigDecimal r, Precision p) {
    MathContext mc = p.mc();
    boolean inUnit = r.abs().compareTo(BigDecimal.ONE) <= 0;
    boolean tiny = negligible(r, p);
    return switch (name) {
      case "arcsin" ->
          !inUnit ? outside(name) : Arithmetic.approx(tiny ? r : BigDecimalMath.asin(r, mc));
      case "arccos" ->
          !inUnit
              ? outside(name)
              : Arithmetic.approx(tiny ? halfPi(p) : BigDecimalMath.acos(r, mc));
      case "arctan" -> Arithmetic.approx(arctan(r, p));
      case "arcsinh" ->
          Arithmetic.approx(arsinh(r.abs(), p).multiply(BigDecimal.valueOf(r.signum())));
      case "arccosh" ->
          r.compareTo(BigDecimal.ONE) < 0
              ? outside(name)
              : Arithmetic.approx(
                  huge(r, p) ? ln(r.multiply(BigDecimal.TWO), p) : BigDecimalMath.acosh(r, mc));
      case "arctanh" ->
          r.abs().compareTo(BigDecimal.ONE) >= 0
              ? outside(name)
              : Arithmetic.approx(tiny ? r : BigDecimalMath.atanh(r, mc));
      default -> new Undefined("unknown function " + name);
    };
  }

  /** arsinh of a non-negative x (big-math's loses everything for large negative x). */
  private static BigDecimal arsinh(BigDecimal x, Precision p) {
    if (negligible(x, p)) {
      return x;
    }
    return huge(x, p) ? ln(x.multiply(BigDecimal.TWO), p) : BigDecimalMath.asinh(x, p.mc());
  }

  private static Value outside(String name) {
    return new Undefined(name + " outside its domain");
  }
}
