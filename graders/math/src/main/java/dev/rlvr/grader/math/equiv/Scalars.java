package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.equiv.Value.Exact;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Num;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Compares two scalar expressions: two literals directly, constants by value (exact rationals
 * first, then numerically), expressions in free variables at seeded random points.
 */
final class Scalars {
  private Scalars() {}

  static Comparison compare(Comparer c, Expr g, Expr a) {
    Settings s = c.settings();
    boolean tolerant = s.options().relativeTolerance() > 0 && ExprTrees.hasDecimalLiteral(g);
    if (g instanceof Num ng && a instanceof Num na && !tolerant) {
      return ng.value().compareTo(na.value()) == 0
          ? Comparison.equal("exact rational", ng.text() + " = " + na.text())
          : Comparison.notEqual("exact rational", ng.text() + " != " + na.text());
    }
    TreeSet<String> names = new TreeSet<>();
    ExprTrees.freeVariables(g, names);
    ExprTrees.freeVariables(a, names);
    if (names.isEmpty()) {
      return constant(c, g, a, tolerant);
    }
    return randomPoints(c, g, a, List.copyOf(names), tolerant);
  }

  private static Comparison constant(Comparer c, Expr g, Expr a, boolean tolerant) {
    Precision base = c.settings().base();
    Value gv = c.evaluator(base, Map.of()).eval(g);
    if (gv instanceof Undefined u) {
      return Comparison.undecidable("numeric", "gold is " + u);
    }
    Value av = c.evaluator(base, Map.of()).eval(a);
    if (av instanceof Undefined u) {
      return Comparison.undecidable("numeric", "answer is " + u);
    }
    return judge(c, g, a, gv, av, Map.of(), tolerant);
  }

  private static Comparison randomPoints(
      Comparer c, Expr g, Expr a, List<String> names, boolean tolerant) {
    Settings s = c.settings();
    String method = "random points (" + String.join(", ", names) + ")";
    int wanted = s.options().randomPoints();
    SplittableRandom random = RandomPoints.generator(s.options().seed());
    int agreed = 0;
    String skipped = "";
    for (int attempt = 0; attempt < 4 * wanted && agreed < wanted; attempt++) {
      c.context().checkCancelled();
      Map<String, Rational> point = RandomPoints.next(random, names);
      Value gv = c.evaluator(s.base(), point).eval(g);
      Value av = gv instanceof Undefined ? gv : c.evaluator(s.base(), point).eval(a);
      if (gv instanceof Undefined || av instanceof Undefined) {
        skipped = (gv instanceof Undefined ? "gold " : "answer ") + av;
        continue;
      }
      Comparison r = judge(c, g, a, gv, av, point, tolerant);
      if (r.outcome() == Comparison.Outcome.NOT_EQUAL) {
        return Comparison.notEqual(method, "at " + point + ": " + r.detail());
      }
      if (r.isEqual()) {
        agreed++;
      }
    }
    if (agreed >= RandomPoints.minimumDefined(wanted)) {
      return Comparison.equal(method, "agree at " + agreed + " points");
    }
    return Comparison.undecidable(
        method,
        "only "
            + agreed
            + " points where both are defined"
            + (skipped.isEmpty() ? "" : "; " + skipped));
  }

  /** Two defined values of g and a, evaluated at {@code bindings}. */
  static Comparison judge(
      Comparer c,
      Expr g,
      Expr a,
      Value gv,
      Value av,
      Map<String, Rational> bindings,
      boolean tolerant) {
    Settings s = c.settings();
    double tolerance = s.options().relativeTolerance();
    if (gv instanceof Exact ge && av instanceof Exact ae) {
      String method = ge.isReal() && ae.isReal() ? "exact rational" : "exact complex";
      if (ge.equals(ae)) {
        return Comparison.equal(method, ge + " = " + ae);
      }
      if (tolerant && Numeric.withinRelative(gv, av, tolerance, s.base())) {
        return Comparison.equal("tolerance " + tolerance, ge + " ~ " + ae);
      }
      return Comparison.notEqual(method, ge + " != " + ae);
    }
    Numeric.Closeness closeness = Numeric.closeness(gv, av, s.base());
    if (closeness == Numeric.Closeness.EQUAL) {
      return Comparison.equal(s.numericMethod(), gv + " = " + av);
    }
    if (tolerant && Numeric.withinRelative(gv, av, tolerance, s.base())) {
      return Comparison.equal("tolerance " + tolerance, gv + " ~ " + av);
    }
    if (closeness == Numeric.Closeness.NEAR) {
      return secondLook(c, g, a, bindings);
    }
    return confirmDifference(c, g, a, gv, av, bindings);
  }

  /**
   * A clear difference at the working precision, confirmed only where both values are stable:
   * a side whose value moves when evaluated with twice the digits is dominated by rounding
   * (next to a pole, such as 1/tan at a multiple of pi), and nothing can be said there.
   */
  private static Comparison confirmDifference(
      Comparer c, Expr g, Expr a, Value gv, Value av, Map<String, Rational> bindings) {
    Settings s = c.settings();
    if (!stable(c, g, gv, bindings) || !stable(c, a, av, bindings)) {
      return Comparison.undecidable(
          s.numericMethod(), "numerically unstable: " + gv + " against " + av);
    }
    return Comparison.notEqual(s.numericMethod(), gv + " != " + av);
  }

  private static boolean stable(Comparer c, Expr e, Value v, Map<String, Rational> bindings) {
    if (v instanceof Exact) {
      return true;
    }
    Value finer = c.evaluator(c.settings().fine(), bindings).eval(e);
    return !(finer instanceof Undefined)
        && Numeric.closeness(v, finer, c.settings().base()) == Numeric.Closeness.EQUAL;
  }

  /** A near miss at the working precision, looked at again with twice the digits. */
  private static Comparison secondLook(Comparer c, Expr g, Expr a, Map<String, Rational> bindings) {
    Precision fine = c.settings().fine();
    String method = "numeric " + fine.digits() + " digits";
    Value gv = c.evaluator(fine, bindings).eval(g);
    Value av = c.evaluator(fine, bindings).eval(a);
    if (gv instanceof Undefined || av instanceof Undefined) {
      return Comparison.undecidable(method, "undefined at the finer precision");
    }
    if (Numeric.closeness(gv, av, fine) == Numeric.Closeness.EQUAL
        || Numeric.negligibleDifference(gv, av, fine)) {
      return Comparison.equal(method, gv + " = " + av);
    }
    return Comparison.notEqual(method, gv + " != " + av);
  }
}
