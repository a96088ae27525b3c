package dev.rlvr.grader.math.equiv;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.equiv.Value.Exact;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * The named functions of answers, applied to evaluated arguments. {@code log} with one
 * argument is the natural logarithm (as in sympy and math-verify); {@code \log_b x} arrives as
 * {@code log [x, b]}. Unknown names and wrong argument counts are undefined.
 */
final class Functions {
  /** Factorials above this are refused: 2000! already has about 19,000 bits. */
  static final int MAX_FACTORIAL = 2000;

  /** Binomials whose smaller lower index exceeds this are refused. */
  private static final int MAX_BINOMIAL_K = 5000;

  private Functions() {}

  static Value apply(String name, List<Value> args, Precision p, GradeContext context) {
    for (Value v : args) {
      if (v instanceof Undefined) {
        return v;
      }
    }
    return switch (args.size()) {
      case 1 -> unary(name, args.get(0), p, context);
      case 2 -> binary(name, args.get(0), args.get(1), p);
      default -> variadic(name, args, p);
    };
  }

  private static Value unary(String name, Value x, Precision p, GradeContext context) {
    return switch (name) {
      case "sin" -> Transcendentals.sin(x, p);
      case "cos" -> Transcendentals.cos(x, p);
      case "tan" ->
          Transcendentals.quotientAwayFromPole(
              Transcendentals.sin(x, p), Transcendentals.cos(x, p), p);
      case "cot" ->
          Transcendentals.quotientAwayFromPole(
              Transcendentals.cos(x, p), Transcendentals.sin(x, p), p);
      case "sec" -> Transcendentals.quotientAwayFromPole(Value.ONE, Transcendentals.cos(x, p), p);
      case "csc" -> Transcendentals.quotientAwayFromPole(Value.ONE, Transcendentals.sin(x, p), p);
      case "arcsin", "asin" -> inverse("arcsin", x, p);
      case "arccos", "acos" -> inverse("arccos", x, p);
      case "arctan", "atan" -> inverse("arctan", x, p);
      case "arccot", "acot" -> arccot(x, p);
      case "arcsec" -> inverse("arccos", Arithmetic.divide(Value.ONE, x, p), p);
      case "arccsc" -> inverse("arcsin", Arithmetic.divide(Value.ONE, x, p), p);
      case "sinh" -> Transcendentals.hyperbolic(x, p, true);
      case "cosh" -> Transcendentals.hyperbolic(x, p, false);
      case "tanh" ->
          Arithmetic.divide(
              Transcendentals.hyperbolic(x, p, true), Transcendentals.hyperbolic(x, p, false), p);
      case "arcsinh", "asinh", "arsinh" -> inverse("arcsinh", x, p);
      case "arccosh", "acosh", "arcosh" -> inverse("arccosh", x, p);
      case "arctanh", "atanh", "artanh" -> inverse("arctanh", x, p);
      case "exp" -> Transcendentals.exp(x, p);
      case "ln", "log" -> Transcendentals.log(x, p);
      case "lg", "log10" ->
          Arithmetic.divide(Transcendentals.log(x, p), Arithmetic.approx(p.ln10()), p);
      case "sqrt" -> Transcendentals.sqrt(x, p);
      case "abs" -> abs(x, p);
      case "floor" -> rounded(x, p, RoundingMode.FLOOR);
      case "ceil" -> rounded(x, p, RoundingMode.CEILING);
      case "factorial" -> factorial(x, p, context);
      case "max", "min", "gcd", "lcm" ->
          x.isReal() ? x : new Undefined(name + " of a complex number");
      default -> new Undefined("unknown function " + name);
    };
  }

  private static Value binary(String name, Value a, Value b, Precision p) {
    return switch (name) {
      case "log" -> logBase(a, b, p);
      case "binom" -> binomial(a, b, p);
      case "max", "min", "gcd", "lcm" -> variadic(name, List.of(a, b), p);
      default -> new Undefined("unknown function " + name + " of two arguments");
    };
  }

  private static Value variadic(String name, List<Value> args, Precision p) {
    if (args.isEmpty()) {
      return new Undefined(name + " without arguments");
    }
    return switch (name) {
      case "max" -> extreme(args, p, 1);
      case "min" -> extreme(args, p, -1);
      case "gcd" -> gcdOrLcm(args, true);
      case "lcm" -> gcdOrLcm(args, false);
      default -> new Undefined("unknown function " + name + " of " + args.size() + " arguments");
    };
  }

  private static Value inverse(String name, Value x, Precision p) {
    if (Arithmetic.isExactZero(x) && !name.equals("arccos") && !name.equals("arccosh")) {
      return Value.ZERO;
    }
    return Transcendentals.realOnly(name, x, p);
  }

  /** arccot with values in (0, pi): pi/2 - arctan x. */
  private static Value arccot(Value x, Precision p) {
    Value halfPi = Arithmetic.approx(p.pi().divide(BigDecimal.TWO, p.mc()));
    return Arithmetic.subtract(halfPi, inverse("arctan", x, p), p);
  }

  /** log_b a, exact when a is an integer power of b. */
  private static Value logBase(Value a, Value b, Precision p) {
    if (a instanceof Exact x
        && b instanceof Exact base
        && x.isReal()
        && base.isReal()
        && x.re().signum() > 0
        && base.re().signum() > 0
        && !base.re().equals(Rational.ONE)) {
      double estimate = x.re().log10Abs() / base.re().log10Abs();
      long k = Math.round(estimate);
      if (Math.abs(estimate - k) < 1e-9 && Math.abs(k) <= 100_000) {
        Value power = Powers.integerPower(base, BigInteger.valueOf(k), p);
        if (power.equals(x)) {
          return Exact.real(Rational.of(k));
        }
      }
    }
    Value lnBase = Transcendentals.log(b, p);
    if (Arithmetic.isZero(lnBase)) {
      return new Undefined("log to base 1");
    }
    return Arithmetic.divide(Transcendentals.log(a, p), lnBase, p);
  }

  private static Value abs(Value x, Precision p) {
    if (x instanceof Exact e) {
      if (e.isReal()) {
        return Exact.real(e.re().abs());
      }
      Rational norm = e.re().multiply(e.re()).add(e.im().multiply(e.im()));
      return Transcendentals.sqrt(Arithmetic.exact(norm, Rational.ZERO, p), p);
    }
    if (x.isReal()) {
      return Arithmetic.approx(x.realPart(p).abs());
    }
    return Arithmetic.approx(RealFunctions.modulus(Arithmetic.complex(x, p), p));
  }

  /** floor or ceil; an approximation within the tolerance of an integer counts as it. */
  private static Value rounded(Value x, Precision p, RoundingMode mode) {
    if (!x.isReal()) {
      return new Undefined("floor or ceil of a complex number");
    }
    if (x instanceof Exact e) {
      BigInteger f = e.re().floor();
      boolean up = mode == RoundingMode.CEILING && !e.re().isInteger();
      return Exact.real(Rational.of(up ? f.add(BigInteger.ONE) : f));
    }
    BigDecimal v = x.realPart(p);
    if (Arithmetic.magnitude(v) > p.digits() - 10L) {
      return new Undefined("floor or ceil of a number known to fewer digits than it has");
    }
    if (RealFunctions.negligible(v, p)) {
      return Value.ZERO;
    }
    BigDecimal nearest = v.setScale(0, RoundingMode.HALF_EVEN);
    BigDecimal slack = p.tolerance().multiply(v.abs().max(BigDecimal.ONE));
    BigDecimal gap = v.subtract(nearest, p.mc()).abs();
    BigDecimal chosen = gap.compareTo(slack) <= 0 ? nearest : v.setScale(0, mode);
    return Exact.real(Rational.of(chosen.toBigIntegerExact()));
  }

  static Value factorial(Value x, Precision p, GradeContext context) {
    if (x instanceof Undefined) {
      return x;
    }
    if (!x.isReal()) {
      return new Undefined("factorial of a complex number");
    }
    if (x instanceof Exact e && e.re().isInteger()) {
      BigInteger n = e.re().numerator();
      if (n.signum() < 0) {
        return new Undefined("factorial of a negative integer");
      }
      if (n.compareTo(BigInteger.valueOf(MAX_FACTORIAL)) > 0) {
        return new Undefined("factorial above " + MAX_FACTORIAL);
      }
      BigInteger product = BigInteger.ONE;
      for (int i = 2, end = n.intValue(); i <= end; i++) {
        product = product.multiply(BigInteger.valueOf(i));
        if ((i & 255) == 0) {
          context.checkCancelled();
        }
      }
      return Exact.real(Rational.of(product));
    }
    BigDecimal v = x.realPart(p);
    if (v.abs().compareTo(BigDecimal.valueOf(MAX_FACTORIAL)) > 0) {
      return new Undefined("factorial above " + MAX_FACTORIAL);
    }
    if (v.signum() < 0 && v.stripTrailingZeros().scale() <= 0) {
      return new Undefined("factorial of a negative integer");
    }
    return Arithmetic.approx(BigDecimalMath.gamma(v.add(BigDecimal.ONE, p.mc()), p.mc()));
  }

  /** binom(n, k) for a rational n and an integer k: n(n-1)...(n-k+1)/k!. */
  private static Value binomial(Value n, Value k, Precision p) {
    if (!(n instanceof Exact top
        && top.isReal()
        && k instanceof Exact bottom
        && bottom.isReal()
        && bottom.re().isInteger())) {
      return new Undefined("binomial of non-integer or inexact arguments");
    }
    BigInteger kk = bottom.re().numerator();
    Rational nn = top.re();
    if (kk.signum() < 0) {
      return Value.ZERO;
    }
    if (nn.isInteger() && nn.signum() >= 0) {
      BigInteger ni = nn.numerator();
      if (kk.compareTo(ni) > 0) {
        return Value.ZERO;
      }
      kk = kk.min(ni.subtract(kk));
    }
    if (kk.compareTo(BigInteger.valueOf(MAX_BINOMIAL_K)) > 0) {
      return new Undefined("binomial too large");
    }
    Rational result = Rational.ONE;
    for (int i = 0, end = kk.intValue(); i < end; i++) {
      result = result.multiply(nn.subtract(Rational.of(i))).divide(Rational.of(i + 1L));
      if (result.bitLength() > Value.MAX_EXACT_BITS) {
        return new Undefined("binomial too large");
      }
    }
    return Exact.real(result);
  }

  private static Value gcdOrLcm(List<Value> args, boolean gcd) {
    BigInteger acc = null;
    for (Value v : args) {
      if (!(v instanceof Exact e && e.isReal() && e.re().isInteger())) {
        return new Undefined((gcd ? "gcd" : "lcm") + " of a non-integer");
      }
      BigInteger n = e.re().numerator().abs();
      if (acc == null) {
        acc = n;
      } else if (gcd) {
        acc = acc.gcd(n);
      } else {
        BigInteger g = acc.gcd(n);
        acc = g.signum() == 0 ? BigInteger.ZERO : acc.divide(g).multiply(n);
      }
      if (acc.bitLength() > Value.MAX_EXACT_BITS) {
        return new Undefined("lcm too large");
      }
    }
    return Exact.real(Rational.of(acc));
  }

  private static Value extreme(List<Value> args, Precision p, int sign) {
    Value best = null;
    for (Value v : args) {
      if (!v.isReal()) {
        return new Undefined("max or min of a complex number");
      }
      if (best == null || sign * Numeric.compareReal(v, best, p) > 0) {
        best = v;
      }
    }
    return best;
  }
}
