package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.equiv.IntervalSet.Bound;
import dev.rlvr.grader.math.equiv.IntervalSet.Interval;
import dev.rlvr.grader.math.equiv.Value.Undefined;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.ExprList;
import dev.rlvr.grader.math.expr.Expr.Joiner;
import dev.rlvr.grader.math.expr.Expr.RelOp;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.SetOf;
import dev.rlvr.grader.math.expr.Expr.Sym;
import dev.rlvr.grader.math.expr.Expr.Text;
import dev.rlvr.grader.math.expr.Expr.Union;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subsets of the real line however written: intervals, unions, finite sets of numbers,
 * inequalities in one variable ({@code -1 \le x < 3}, {@code x \ne 2}), "x &lt; 1 or x &gt; 2",
 * {@code \mathbb{R}}. Two of them are equal when they are the same set, so interval and
 * inequality notations meet in both directions.
 */
final class Intervals {
  private static final Set<String> REAL_LINE_NAMES =
      Set.of("R", "mathbb{R}", "\\mathbb{R}", "ℝ", "reals");

  /**
   * A set read from an expression.
   *
   * @param set the set
   * @param variable the variable of an inequality, null for interval notation
   */
  private record Reading(IntervalSet set, String variable) {}

  private Intervals() {}

  /** Whether either side can only be a set of reals: a union or an inequality. */
  static boolean applies(Expr g, Expr a) {
    return strong(g) || strong(a);
  }

  private static boolean strong(Expr e) {
    return switch (e) {
      case Union u -> true;
      case Relation r -> isInequality(r);
      case ExprList l ->
          l.items().stream()
              .anyMatch(i -> i instanceof Union || i instanceof Relation r && isInequality(r));
      default -> false;
    };
  }

  static boolean isInequality(Relation r) {
    for (RelOp op : r.operators()) {
      if (op == RelOp.EQ || op == RelOp.APPROX) {
        return false;
      }
    }
    return true;
  }

  /** The comparison of two sets of reals, or null when either side is not one. */
  static Comparison compare(Comparer c, Expr g, Expr a) {
    Reading rg = read(c, g);
    if (rg == null) {
      return null;
    }
    Reading ra = read(c, a);
    if (ra == null) {
      return null;
    }
    String method =
        rg.variable() != null && ra.variable() != null
            ? "inequality"
            : rg.variable() != null || ra.variable() != null
                ? "inequality vs interval"
                : "interval";
    if (rg.variable() != null && ra.variable() != null && !rg.variable().equals(ra.variable())) {
      return Comparison.notEqual(
          method, "different variables " + rg.variable() + " and " + ra.variable());
    }
    return rg.set().sameAs(ra.set())
        ? Comparison.equal(method, rg.set().toString())
        : Comparison.notEqual(method, rg.set() + " != " + ra.set());
  }

  private static Reading read(Comparer c, Expr expr) {
    Precision p = c.settings().base();
    Expr e = ExprTrees.strip(expr);
    return switch (e) {
      case Bracketed b -> {
        IntervalSet s = interval(c, b);
        yield s == null ? null : new Reading(s, null);
      }
      case Union u -> combine(c, u.parts(), false);
      case ExprList l -> combine(c, l.items(), l.joiner() == Joiner.AND);
      case SetOf s -> points(c, s);
      case Relation r -> isInequality(r) ? inequality(c, r) : null;
      case Sym s ->
          REAL_LINE_NAMES.contains(s.name()) ? new Reading(IntervalSet.all(p), null) : null;
      case Text t -> {
        String words = Texts.normalize(t.text());
        yield Texts.isRealLine(words)
            ? new Reading(IntervalSet.all(p), null)
            : Texts.isEmptySet(words) ? new Reading(IntervalSet.empty(p), null) : null;
      }
      default -> null;
    };
  }

  private static Reading combine(Comparer c, List<Expr> items, boolean intersect) {
    IntervalSet acc = null;
    String variable = null;
    for (Expr item : items) {
      Reading r = read(c, item);
      if (r == null) {
        return null;
      }
      if (r.variable() != null) {
        if (variable != null && !variable.equals(r.variable())) {
          return null;
        }
        variable = r.variable();
      }
      acc = acc == null ? r.set() : intersect ? acc.intersect(r.set()) : acc.union(r.set());
    }
    return acc == null ? null : new Reading(acc, variable);
  }

  private static IntervalSet interval(Comparer c, Bracketed b) {
    if (b.items().size() != 2 || "([".indexOf(b.open()) < 0 || ")]".indexOf(b.close()) < 0) {
      return null;
    }
    Bound lo = bound(c, b.items().get(0));
    Bound hi = lo == null ? null : bound(c, b.items().get(1));
    if (hi == null) {
      return null;
    }
    Precision p = c.settings().base();
    boolean loClosed = b.open() == '[';
    boolean hiClosed = b.close() == ']';
    int order = IntervalSet.compare(lo, hi, p);
    if (order > 0 || order == 0 && !(loClosed && hiClosed)) {
      return null;
    }
    return IntervalSet.of(List.of(new Interval(lo, loClosed, hi, hiClosed)), p);
  }

  private static Reading points(Comparer c, SetOf s) {
    List<Interval> out = new ArrayList<>();
    for (Expr e : s.elements()) {
      Bound b = bound(c, e);
      if (b == null || b.infinity() != 0) {
        return null;
      }
      out.add(new Interval(b, true, b, true));
    }
    return new Reading(IntervalSet.of(out, c.settings().base()), null);
  }

  /** {@code x > 2}, {@code -1 \le x < 3}, {@code 2 < x}, {@code x \ne 0}: one variable. */
  private static Reading inequality(Comparer c, Relation r) {
    Precision p = c.settings().base();
    IntervalSet set = IntervalSet.all(p);
    String variable = null;
    for (int i = 0; i < r.operators().size(); i++) {
      Expr left = ExprTrees.strip(r.operands().get(i));
      Expr right = ExprTrees.strip(r.operands().get(i + 1));
      RelOp op = r.operators().get(i);
      String name;
      Bound bound;
      if (left instanceof Sym s && !REAL_LINE_NAMES.contains(s.name())) {
        name = s.name();
        bound = bound(c, right);
      } else if (right instanceof Sym s && !REAL_LINE_NAMES.contains(s.name())) {
        name = s.name();
        bound = bound(c, left);
        op = flip(op);
      } else {
        return null;
      }
      if (bound == null || variable != null && !variable.equals(name)) {
        return null;
      }
      variable = name;
      set = set.intersect(halfLine(op, bound, p));
    }
    return new Reading(set, variable);
  }

  /** The operator read from the other side: {@code a < b} is {@code b > a}. */
  static RelOp flip(RelOp op) {
    return switch (op) {
      case LT -> RelOp.GT;
      case LE -> RelOp.GE;
      case GT -> RelOp.LT;
      case GE -> RelOp.LE;
      default -> op;
    };
  }

  /** The set of x with {@code x op b}. */
  private static IntervalSet halfLine(RelOp op, Bound b, Precision p) {
    Bound lo = Bound.MINUS_INFINITY;
    Bound hi = Bound.INFINITY;
    return switch (op) {
      case LT -> IntervalSet.of(List.of(new Interval(lo, false, b, false)), p);
      case LE -> IntervalSet.of(List.of(new Interval(lo, false, b, true)), p);
      case GT -> IntervalSet.of(List.of(new Interval(b, false, hi, false)), p);
      case GE -> IntervalSet.of(List.of(new Interval(b, true, hi, false)), p);
      default ->
          IntervalSet.of(
              List.of(new Interval(lo, false, b, false), new Interval(b, false, hi, false)), p);
    };
  }

  /** A constant real endpoint or an infinity, or null. */
  private static Bound bound(Comparer c, Expr e) {
    int inf = ExprTrees.infinitySign(e);
    if (inf != 0) {
      return inf > 0 ? Bound.INFINITY : Bound.MINUS_INFINITY;
    }
    Set<String> names = new HashSet<>();
    ExprTrees.freeVariables(e, names);
    if (!names.isEmpty()) {
      return null;
    }
    Value v = c.evaluator(c.settings().base(), Map.of()).eval(e);
    return v instanceof Undefined || !v.isReal() ? null : Bound.of(v);
  }
}
