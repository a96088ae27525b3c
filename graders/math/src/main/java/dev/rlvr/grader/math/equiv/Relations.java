package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.equiv.Value.Undefined;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Add;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.Mul;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.RelOp;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.Sym;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Equations and inequalities. A definition {@code x = 3} or {@code y = 2x + 1} (one variable
 * alone on a side) equals its value; two equations are equal when lhs - rhs of one is a
 * non-zero constant multiple of the other's ({@code x^2 = 4} and {@code x^2 - 4 = 0}); two
 * inequalities when the same holds with a positive constant and the same strictness. Inequalities
 * in one variable with constant bounds are compared as sets first, by {@link Intervals}.
 */
final class Relations {
  /** Kinds of relations: all equalities, all order relations, or both. */
  private enum Kind {
    EQUATION,
    INEQUALITY,
    MIXED
  }

  /**
   * A variable (or tuple of variables) alone on one side of an equation.
   *
   * @param variable its name
   * @param value the other side
   */
  record Definition(String variable, Expr value) {}

  /**
   * An inequality as {@code f > 0}, {@code f >= 0} or {@code f != 0}.
   *
   * @param f the expression compared with zero
   * @param op {@code GT}, {@code GE} or {@code NE}
   */
  private record Normal(Expr f, RelOp op) {}

  private Relations() {}

  /**
   * The value a worked chain of equalities ends at, {@code \frac{6}{8} = \frac{3}{4}}, when every
   * link is an equality and no side has a variable; else null.
   */
  private static Expr constantChainEnd(Relation rel) {
    for (RelOp op : rel.operators()) {
      if (op != RelOp.EQ) {
        return null;
      }
    }
    if (!rel.operands().stream().allMatch(ExprTrees::isConstant)) {
      return null;
    }
    return rel.operands().get(rel.operands().size() - 1);
  }

  static Comparison compare(Comparer c, Expr g, Expr a) {
    if (g instanceof Relation rg && a instanceof Relation ra) {
      return both(c, rg, ra);
    }
    boolean goldIsRelation = g instanceof Relation;
    Relation rel = (Relation) (goldIsRelation ? g : a);
    Expr other = goldIsRelation ? a : g;
    Definition d = definition(rel);
    if (d == null) {
      d = pointValue(rel);
    }
    if (d != null) {
      return (goldIsRelation ? c.compare(d.value(), other) : c.compare(other, d.value()))
          .under("equation");
    }
    Expr last = constantChainEnd(rel);
    if (last != null) {
      return (goldIsRelation ? c.compare(last, other) : c.compare(other, last)).under("chain of equalities");
    }
    Comparison approximate = approximation(c, rel, other, goldIsRelation);
    if (approximate != null) {
      return approximate;
    }
    return Comparison.notEqual(
        "relation", (goldIsRelation ? "gold" : "answer") + " is a relation, the other side is not");
  }

  /**
   * A value followed by its decimal approximation, {@code \frac{2}{3} \approx 0.667} or
   * {@code \sqrt{2} \approx 1.41}: the exact value decides, and the decimal may stand for it
   * when it is that value rounded or cut to its own digits (so {@code 3 \approx 5} is no hedge
   * that matches both). Null when the relation is not such a chain.
   */
  private static Comparison approximation(Comparer c, Relation rel, Expr other, boolean goldIsRelation) {
    List<RelOp> ops = rel.operators();
    int n = ops.size();
    if (ops.get(n - 1) != RelOp.APPROX || ops.subList(0, n - 1).stream().anyMatch(op -> op != RelOp.EQ)
        || !rel.operands().stream().allMatch(ExprTrees::isConstant)) {
      return null;
    }
    Expr exact = ExprTrees.strip(rel.operands().get(n - 1));
    Comparison r = goldIsRelation ? c.compare(exact, other) : c.compare(other, exact);
    if (r.isEqual() || !(ExprTrees.strip(rel.operands().get(n)) instanceof Expr.Num decimal)
        || !roundsTo(c, exact, decimal.value())) {
      return r.under("value before \\approx");
    }
    return (goldIsRelation ? c.compare(decimal, other) : c.compare(other, decimal)).under("approximation");
  }

  /** Whether a constant, rounded or truncated to the decimal places of {@code decimal}, is it. */
  private static boolean roundsTo(Comparer c, Expr exact, java.math.BigDecimal decimal) {
    Value v = c.evaluator(c.settings().base(), Map.of()).eval(exact);
    if (v instanceof Undefined || !v.isReal()) {
      return false;
    }
    java.math.BigDecimal x = v.realPart(c.settings().base());
    int scale = Math.max(0, decimal.scale());
    return x.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(decimal) == 0
        || x.setScale(scale, java.math.RoundingMode.DOWN).compareTo(decimal) == 0;
  }

  /** The variable and value of {@code x = v}, {@code v = x} or {@code (x, y) = v}, or null. */
  static Definition definition(Relation r) {
    if (r.operators().size() != 1
        || r.operators().get(0) != RelOp.EQ && r.operators().get(0) != RelOp.APPROX) {
      return null;
    }
    Expr left = ExprTrees.strip(r.operands().get(0));
    Expr right = ExprTrees.strip(r.operands().get(1));
    String name = definedName(left, right);
    if (name != null) {
      return new Definition(name, right);
    }
    name = definedName(right, left);
    return name == null ? null : new Definition(name, left);
  }

  /**
   * The name that {@code side} defines when it stands alone: a variable not used in the value
   * ({@code y}), a tuple of variables ({@code (x, y)}), or a function of variables, which the
   * parser reads as a product ({@code f(x)} as f times x; f not used in the value).
   */
  private static String definedName(Expr side, Expr value) {
    switch (side) {
      case Sym s -> {
        return ExprTrees.mentions(value, s.name()) ? null : s.name();
      }
      case Bracketed b when b.items().stream().allMatch(i -> i instanceof Sym) -> {
        List<String> names = b.items().stream().map(i -> ((Sym) i).name()).toList();
        return "(" + String.join(", ", names) + ")";
      }
      case Mul m when m.factors().size() > 1 && functionHead(m.factors().get(0)) != null
          && m.factors().stream().skip(1).allMatch(i -> i instanceof Sym) -> {
        String head = functionHead(m.factors().get(0));
        if (ExprTrees.mentions(value, head.replace("^-1", ""))) {
          return null;
        }
        List<String> args =
            m.factors().subList(1, m.factors().size()).stream().map(i -> ((Sym) i).name()).toList();
        return head + "(" + String.join(", ", args) + ")";
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * A function's value at a point, {@code f(3) = 2} (the parser's product f times 3), which
   * names the constant on the other side; only against an answer that is not an equation, so
   * {@code f(2) = 2} never passes for {@code f(3) = 2}. Null when not that form.
   */
  private static Definition pointValue(Relation r) {
    if (r.operators().size() != 1 || r.operators().get(0) != RelOp.EQ) {
      return null;
    }
    Expr left = ExprTrees.strip(r.operands().get(0));
    Expr right = ExprTrees.strip(r.operands().get(1));
    if (left instanceof Mul m && m.factors().size() == 2 && functionHead(m.factors().get(0)) != null
        && ExprTrees.isConstant(m.factors().get(1)) && ExprTrees.isConstant(right)) {
      return new Definition(functionHead(m.factors().get(0)), right);
    }
    return null;
  }

  /** The name of {@code f}, or of {@code f} in the inverse {@code f^{-1}}, else null. */
  private static String functionHead(Expr e) {
    if (e instanceof Sym s) {
      return s.name();
    }
    if (e instanceof Expr.Pow p && p.base() instanceof Sym s && p.exponent() instanceof Neg neg
        && neg.operand() instanceof Expr.Num one && one.value().compareTo(java.math.BigDecimal.ONE) == 0) {
      return s.name() + "^-1";
    }
    return null;
  }

  private static Comparison both(Comparer c, Relation rg, Relation ra) {
    Kind kg = kind(rg);
    Kind ka = kind(ra);
    if (kg != ka) {
      return Comparison.notEqual(
          "relation",
          "a "
              + kg.name().toLowerCase(Locale.ROOT)
              + " against a "
              + ka.name().toLowerCase(Locale.ROOT));
    }
    boolean pair = rg.operands().size() == 2 && ra.operands().size() == 2;
    if (kg == Kind.EQUATION && pair) {
      Definition dg = definition(rg);
      Definition da = definition(ra);
      if (dg != null && da != null && dg.variable().equals(da.variable())) {
        return c.compare(dg.value(), da.value()).under("equation");
      }
      Comparison multiples =
          proportional(
              c,
              difference(rg.operands().get(0), rg.operands().get(1)),
              difference(ra.operands().get(0), ra.operands().get(1)),
              false,
              "equation");
      if (!multiples.isEqual() && dg != null && da != null) {
        // y = 2x + 1 against f(x) = 2x + 1: the same value under another name.
        Comparison values = c.compare(dg.value(), da.value());
        if (values.isEqual()) {
          return values.under("equation values");
        }
      }
      return multiples;
    }
    if (kg == Kind.INEQUALITY && pair) {
      Normal ng = normal(rg);
      Normal na = normal(ra);
      if (ng.op() != na.op()) {
        return Comparison.notEqual("inequality", "strict, non-strict or not-equal differ");
      }
      return proportional(c, ng.f(), na.f(), ng.op() != RelOp.NE, "inequality");
    }
    return chain(c, rg, ra);
  }

  private static Kind kind(Relation r) {
    int equalities = 0;
    for (RelOp op : r.operators()) {
      if (op == RelOp.EQ || op == RelOp.APPROX) {
        equalities++;
      }
    }
    return equalities == 0
        ? Kind.INEQUALITY
        : equalities == r.operators().size() ? Kind.EQUATION : Kind.MIXED;
  }

  private static Normal normal(Relation r) {
    Expr l = r.operands().get(0);
    Expr h = r.operands().get(1);
    return switch (r.operators().get(0)) {
      case LT -> new Normal(difference(h, l), RelOp.GT);
      case LE -> new Normal(difference(h, l), RelOp.GE);
      case GT -> new Normal(difference(l, h), RelOp.GT);
      case GE -> new Normal(difference(l, h), RelOp.GE);
      default -> new Normal(difference(l, h), RelOp.NE);
    };
  }

  private static Expr difference(Expr l, Expr r) {
    return new Add(List.of(l, new Neg(r)));
  }

  /** Chains such as {@code a < x \le b}: the same operators (read upwards) and operands. */
  private static Comparison chain(Comparer c, Relation rg, Relation ra) {
    Relation g = upwards(rg);
    Relation a = upwards(ra);
    if (!g.operators().equals(a.operators())) {
      return Comparison.notEqual(
          "relation", "different relation signs " + g.operators() + " and " + a.operators());
    }
    return Structures.ordered(c, g.operands(), a.operands(), "relation");
  }

  private static Relation upwards(Relation r) {
    boolean down = r.operators().stream().allMatch(op -> op == RelOp.GT || op == RelOp.GE);
    if (!down) {
      return r;
    }
    List<Expr> operands = new ArrayList<>(r.operands()).reversed();
    List<RelOp> ops = new ArrayList<>();
    for (RelOp op : r.operators().reversed()) {
      ops.add(op == RelOp.GT ? RelOp.LT : RelOp.LE);
    }
    return new Relation(operands, ops);
  }

  /**
   * Whether f = k g for a constant k (positive when {@code positive}) at seeded random points.
   */
  private static Comparison proportional(
      Comparer c, Expr f, Expr g, boolean positive, String method) {
    Settings s = c.settings();
    Precision p = s.base();
    TreeSet<String> names = new TreeSet<>();
    ExprTrees.freeVariables(f, names);
    ExprTrees.freeVariables(g, names);
    List<String> vars = List.copyOf(names);
    int wanted = vars.isEmpty() ? 1 : s.options().randomPoints();
    SplittableRandom random = RandomPoints.generator(s.options().seed());
    Value ratio = null;
    int agreed = 0;
    for (int attempt = 0; attempt < 4 * wanted && agreed < wanted; attempt++) {
      c.context().checkCancelled();
      Map<String, Rational> point = RandomPoints.next(random, vars);
      Value fv = c.evaluator(p, point).eval(f);
      Value gv = fv instanceof Undefined ? fv : c.evaluator(p, point).eval(g);
      if (fv instanceof Undefined || gv instanceof Undefined) {
        continue;
      }
      boolean fz = nearZero(fv, p);
      boolean gz = nearZero(gv, p);
      if (fz != gz) {
        return Comparison.notEqual(method, "at " + point + " only one side holds");
      }
      if (!fz) {
        Value r = Arithmetic.divide(fv, gv, p);
        if (ratio == null) {
          if (positive && !positiveReal(r, p)) {
            return Comparison.notEqual(method, "opposite directions");
          }
          ratio = r;
        } else if (!same(ratio, r, p)) {
          return Comparison.notEqual(method, "not multiples of each other (at " + point + ")");
        }
      }
      agreed++;
    }
    if (agreed < RandomPoints.minimumDefined(wanted)) {
      return Comparison.undecidable(method, "too few points where both sides are defined");
    }
    return Comparison.equal(
        method,
        ratio == null ? "both hold identically" : "multiples of each other (factor " + ratio + ")");
  }

  /** A positive real, allowing an imaginary part lost in rounding. */
  private static boolean positiveReal(Value v, Precision p) {
    if (v instanceof Value.Exact e) {
      return e.isReal() && e.re().signum() > 0;
    }
    var z = Arithmetic.complex(v, p);
    return z.re.signum() > 0 && z.im.abs().compareTo(p.tolerance().multiply(z.re)) <= 0;
  }

  private static boolean nearZero(Value v, Precision p) {
    if (v instanceof Value.Exact e) {
      return e.isZero();
    }
    var z = Arithmetic.complex(v, p);
    return z.re.abs().compareTo(p.tolerance()) <= 0 && z.im.abs().compareTo(p.tolerance()) <= 0;
  }

  private static boolean same(Value a, Value b, Precision p) {
    if (a instanceof Value.Exact && b instanceof Value.Exact) {
      return a.equals(b);
    }
    return Numeric.closeness(a, b, p) == Numeric.Closeness.EQUAL;
  }
}
