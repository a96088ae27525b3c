package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigComplex;
import dev.rlvr.grader.math.equiv.Value.Exact;
import java.math.BigDecimal;
import java.math.MathContext;

/** Comparisons of defined values: exact where both are exact, to a tolerance otherwise. */
final class Numeric {
  /** How close two approximations are. */
  enum Closeness {
    /** Equal to the working precision's tolerance. */
    EQUAL,
    /** Not equal, but close enough that a finer precision should have a look. */
    NEAR,
    /** Clearly different. */
    FAR
  }

  private Numeric() {}

  /**
   * Whether a and b agree: their difference (largest of real and imaginary parts) is at most
   * the tolerance times the largest part of either.
   */
  static Closeness closeness(Value a, Value b, Precision p) {
    BigComplex x = Arithmetic.complex(a, p);
    BigComplex y = Arithmetic.complex(b, p);
    BigDecimal d = difference(x, y, p);
    BigDecimal m = x.re.abs().max(x.im.abs()).max(y.re.abs()).max(y.im.abs());
    if (d.compareTo(p.tolerance().multiply(m)) <= 0) {
      return Closeness.EQUAL;
    }
    BigDecimal near = BigDecimal.ONE.scaleByPowerOfTen(-(p.digits() / 2));
    return d.compareTo(near.multiply(m.max(BigDecimal.ONE))) <= 0 ? Closeness.NEAR : Closeness.FAR;
  }

  /**
   * Whether a and b differ by at most the tolerance times the larger of 1 and their size: the
   * test of a second look at a finer precision, where a difference that shrank with the
   * precision is rounding (sin(pi) against 0).
   */
  static boolean negligibleDifference(Value a, Value b, Precision p) {
    BigComplex x = Arithmetic.complex(a, p);
    BigComplex y = Arithmetic.complex(b, p);
    BigDecimal d = difference(x, y, p);
    BigDecimal m = x.re.abs().max(x.im.abs()).max(y.re.abs()).max(y.im.abs());
    return d.compareTo(p.tolerance().multiply(m.max(BigDecimal.ONE))) <= 0;
  }

  /** |answer - gold| <= tolerance * |gold|, with the largest part as the size. */
  static boolean withinRelative(Value gold, Value answer, double tolerance, Precision p) {
    BigComplex g = Arithmetic.complex(gold, p);
    BigComplex a = Arithmetic.complex(answer, p);
    BigDecimal d = difference(a, g, p);
    BigDecimal size = g.re.abs().max(g.im.abs());
    return d.compareTo(BigDecimal.valueOf(tolerance).multiply(size)) <= 0;
  }

  /**
   * The larger of the differences of real and imaginary parts, rounded to a few more digits
   * than the working precision: exact subtraction of numbers of very different scales would
   * write out every digit in between.
   */
  private static BigDecimal difference(BigComplex x, BigComplex y, Precision p) {
    MathContext mc = new MathContext(p.digits() + 10);
    return x.re.subtract(y.re, mc).abs().max(x.im.subtract(y.im, mc).abs());
  }

  /** The order of two real values; approximations within the tolerance of each other tie. */
  static int compareReal(Value a, Value b, Precision p) {
    if (a instanceof Exact x && b instanceof Exact y) {
      return x.re().compareTo(y.re());
    }
    if (closeness(a, b, p) == Closeness.EQUAL) {
      return 0;
    }
    return a.realPart(p).compareTo(b.realPart(p));
  }
}
