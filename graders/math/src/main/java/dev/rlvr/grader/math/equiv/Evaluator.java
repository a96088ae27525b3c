package dev.rlvr.grader.math.equiv;

import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.equiv.Value.Exact;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Add;
import dev.rlvr.grader.math.expr.Expr.Annotated;
import dev.rlvr.grader.math.expr.Expr.Const;
import dev.rlvr.grader.math.expr.Expr.ConstKind;
import dev.rlvr.grader.math.expr.Expr.Degrees;
import dev.rlvr.grader.math.expr.Expr.Factorial;
import dev.rlvr.grader.math.expr.Expr.Frac;
import dev.rlvr.grader.math.expr.Expr.Func;
import dev.rlvr.grader.math.expr.Expr.Mixed;
import dev.rlvr.grader.math.expr.Expr.Mul;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.Percent;
import dev.rlvr.grader.math.expr.Expr.PlusMinus;
import dev.rlvr.grader.math.expr.Expr.Pow;
import dev.rlvr.grader.math.expr.Expr.Root;
import dev.rlvr.grader.math.expr.Expr.Sym;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a scalar expression to a {@link Value}, with its free variables bound to rationals.
 * One instance per evaluation pass; not thread-safe. Recursion depth follows the tree's, which
 * the caller has bounded.
 */
final class Evaluator {
  private static final Value HUNDRED = Exact.real(Rational.of(100));
  private static final Value ONE_EIGHTIETH = Exact.real(Rational.ONE.divide(Rational.of(180)));

  /** Literals with more digits after (or zeros before) the point than this are approximated. */
  private static final int MAX_EXACT_SCALE = 9_000;

  private final Precision p;
  private final Map<String, Rational> bindings;
  private final GradeContext context;
  private int steps;

  Evaluator(Precision p, Map<String, Rational> bindings, GradeContext context) {
    this.p = p;
    this.bindings = bindings;
    this.context = context;
  }

  Value eval(Expr e) {
    if ((++steps & 63) == 0) {
      context.checkCancelled();
    }
    return switch (e) {
      case Num n -> number(n.value());
      case Sym s -> symbol(s.name());
      case Const c -> constant(c.kind());
      case Add a -> sum(a.terms());
      case Mul m -> product(m.factors());
      case Neg n -> Arithmetic.negate(eval(n.operand()));
      case Frac f -> quotient(f);
      case Mixed m -> Arithmetic.add(number(m.whole().value()), quotient(m.fraction()), p);
      case Pow pw -> power(pw);
      case Root r -> Powers.root(eval(r.radicand()), eval(r.index()), p);
      case Func f -> function(f);
      case Factorial f -> Functions.factorial(eval(f.operand()), p, context);
      case Percent pc -> Arithmetic.divide(eval(pc.value()), HUNDRED, p);
      case Degrees d ->
          Arithmetic.multiply(
              Arithmetic.multiply(eval(d.value()), ONE_EIGHTIETH, p), Arithmetic.approx(p.pi()), p);
      case Annotated a -> eval(a.value());
      case PlusMinus pm -> new Undefined("a plus-minus is two values");
      default -> new Undefined("not a number: " + e.getClass().getSimpleName());
    };
  }

  private Value number(BigDecimal v) {
    if (v.unscaledValue().bitLength() > Value.MAX_EXACT_BITS
        || Math.abs(v.scale()) > MAX_EXACT_SCALE) {
      return Arithmetic.approx(v.round(p.mc()));
    }
    return Exact.real(Rational.of(v));
  }

  private Value symbol(String name) {
    Rational r = bindings.get(name);
    return r == null ? new Undefined("free variable " + name) : Exact.real(r);
  }

  private Value constant(ConstKind kind) {
    return switch (kind) {
      case PI -> Arithmetic.approx(p.pi());
      case E -> Arithmetic.approx(p.e());
      case IMAGINARY_UNIT -> new Exact(Rational.ZERO, Rational.ONE);
      case INFINITY -> new Undefined("infinity");
    };
  }

  private Value sum(List<Expr> terms) {
    Value acc = Value.ZERO;
    for (Expr t : terms) {
      Value v = eval(t);
      if (v instanceof Undefined) {
        return v;
      }
      acc = Arithmetic.add(acc, v, p);
    }
    return acc;
  }

  private Value product(List<Expr> factors) {
    Value acc = Value.ONE;
    for (Expr f : factors) {
      Value v = eval(f);
      if (v instanceof Undefined) {
        return v;
      }
      acc = Arithmetic.multiply(acc, v, p);
    }
    return acc;
  }

  private Value quotient(Frac f) {
    Value num = eval(f.numerator());
    if (num instanceof Undefined) {
      return num;
    }
    return Arithmetic.divide(num, eval(f.denominator()), p);
  }

  private Value power(Pow pw) {
    Value exponent = eval(pw.exponent());
    if (pw.base() instanceof Const c && c.kind() == ConstKind.E) {
      return Transcendentals.exp(exponent, p);
    }
    return Powers.power(eval(pw.base()), exponent, p);
  }

  private Value function(Func f) {
    List<Value> args = new ArrayList<>(f.args().size());
    for (Expr a : f.args()) {
      Value v = eval(a);
      if (v instanceof Undefined) {
        return v;
      }
      args.add(v);
    }
    return Functions.apply(f.name(), args, p, context);
  }
}
