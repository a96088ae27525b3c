package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Add;
import dev.rlvr.grader.math.expr.Expr.Annotated;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.Const;
import dev.rlvr.grader.math.expr.Expr.ConstKind;
import dev.rlvr.grader.math.expr.Expr.Degrees;
import dev.rlvr.grader.math.expr.Expr.ExprList;
import dev.rlvr.grader.math.expr.Expr.Factorial;
import dev.rlvr.grader.math.expr.Expr.Frac;
import dev.rlvr.grader.math.expr.Expr.Func;
import dev.rlvr.grader.math.expr.Expr.Matrix;
import dev.rlvr.grader.math.expr.Expr.Mixed;
import dev.rlvr.grader.math.expr.Expr.Mul;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.Percent;
import dev.rlvr.grader.math.expr.Expr.PlusMinus;
import dev.rlvr.grader.math.expr.Expr.Pow;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.Root;
import dev.rlvr.grader.math.expr.Expr.SetOf;
import dev.rlvr.grader.math.expr.Expr.Sym;
import dev.rlvr.grader.math.expr.Expr.Text;
import dev.rlvr.grader.math.expr.Expr.Union;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Walks over expression trees: their size and depth (checked without recursion, so that any
 * tree can be measured), free variables, decimal literals and plus-minus signs.
 */
final class ExprTrees {
  private ExprTrees() {}

  /** The direct children of a node. */
  static List<Expr> children(Expr e) {
    return switch (e) {
      case Num n -> List.of();
      case Sym s -> List.of();
      case Const c -> List.of();
      case Text t -> List.of();
      case Add a -> a.terms();
      case Mul m -> m.factors();
      case Neg n -> List.of(n.operand());
      case Frac f -> List.of(f.numerator(), f.denominator());
      case Mixed m -> List.of(m.whole(), m.fraction());
      case Pow p -> List.of(p.base(), p.exponent());
      case Root r -> List.of(r.radicand(), r.index());
      case Func f -> f.args();
      case Factorial f -> List.of(f.operand());
      case Percent p -> List.of(p.value());
      case Degrees d -> List.of(d.value());
      case PlusMinus p -> List.of(p.center(), p.offset());
      case Relation r -> r.operands();
      case SetOf s -> s.elements();
      case Bracketed b -> b.items();
      case Union u -> u.parts();
      case Matrix m -> m.rows().stream().flatMap(List::stream).toList();
      case Annotated a -> List.of(a.value());
      case ExprList l -> l.items();
    };
  }

  /**
   * Why a tree is too big to compare, or null when it is fine: more than {@code maxNodes}
   * nodes or deeper than {@code maxDepth}. Iterative, so any tree can be measured.
   */
  static String tooBig(Expr root, int maxDepth, int maxNodes) {
    if (root == null) {
      return null;
    }
    Deque<Expr> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    int count = 0;
    while (!nodes.isEmpty()) {
      Expr e = nodes.pop();
      int depth = depths.pop();
      if (++count > maxNodes) {
        return "more than " + maxNodes + " nodes";
      }
      if (depth > maxDepth) {
        return "nested deeper than " + maxDepth;
      }
      for (Expr child : children(e)) {
        if (child == null) {
          return "a missing subexpression";
        }
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return null;
  }

  /** Adds the names of the free variables of a tree. */
  static void freeVariables(Expr e, Set<String> out) {
    if (e instanceof Sym s) {
      out.add(s.name());
      return;
    }
    for (Expr child : children(e)) {
      freeVariables(child, out);
    }
  }

  /** Whether a tree has no free variable. */
  static boolean isConstant(Expr e) {
    Set<String> names = new java.util.HashSet<>();
    freeVariables(e, names);
    return names.isEmpty();
  }

  /** Whether a variable occurs in a tree. */
  static boolean mentions(Expr e, String name) {
    if (e instanceof Sym s) {
      return s.name().equals(name);
    }
    for (Expr child : children(e)) {
      if (mentions(child, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a tree has a literal written with a decimal point or an exponent. */
  static boolean hasDecimalLiteral(Expr e) {
    if (e instanceof Num n) {
      return n.isDecimalLiteral();
    }
    for (Expr child : children(e)) {
      if (hasDecimalLiteral(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a scalar expression has a {@code \pm} inside it (as in the quadratic formula):
   * looks through arithmetic only, not into sets, tuples or relations, which compare their
   * own items.
   */
  static boolean hasInnerPlusMinus(Expr e) {
    return switch (e) {
      case PlusMinus p -> true;
      case Add a -> anyPlusMinus(a.terms());
      case Mul m -> anyPlusMinus(m.factors());
      case Neg n -> hasInnerPlusMinus(n.operand());
      case Frac f -> hasInnerPlusMinus(f.numerator()) || hasInnerPlusMinus(f.denominator());
      case Pow p -> hasInnerPlusMinus(p.base()) || hasInnerPlusMinus(p.exponent());
      case Root r -> hasInnerPlusMinus(r.radicand()) || hasInnerPlusMinus(r.index());
      case Func f -> anyPlusMinus(f.args());
      case Factorial f -> hasInnerPlusMinus(f.operand());
      case Percent p -> hasInnerPlusMinus(p.value());
      case Degrees d -> hasInnerPlusMinus(d.value());
      case Annotated a -> hasInnerPlusMinus(a.value());
      default -> false;
    };
  }

  private static boolean anyPlusMinus(List<Expr> list) {
    for (Expr e : list) {
      if (hasInnerPlusMinus(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The expression with every {@code a \pm b} read as {@code a + b} (plus) or {@code a - b}:
   * all signs of one expression move together, as in {@code \frac{-b \pm \sqrt{d}}{2a}}.
   */
  static Expr choose(Expr e, boolean plus) {
    return switch (e) {
      case PlusMinus p -> {
        Expr offset = choose(p.offset(), plus);
        Expr signed = plus ? offset : new Neg(offset);
        yield isZero(p.center()) ? signed : new Add(List.of(choose(p.center(), plus), signed));
      }
      case Add a -> new Add(chooseAll(a.terms(), plus));
      case Mul m -> new Mul(chooseAll(m.factors(), plus));
      case Neg n -> new Neg(choose(n.operand(), plus));
      case Frac f -> new Frac(choose(f.numerator(), plus), choose(f.denominator(), plus));
      case Pow p -> new Pow(choose(p.base(), plus), choose(p.exponent(), plus));
      case Root r -> new Root(choose(r.radicand(), plus), choose(r.index(), plus));
      case Func f -> new Func(f.name(), chooseAll(f.args(), plus));
      case Factorial f -> new Factorial(choose(f.operand(), plus));
      case Percent p -> new Percent(choose(p.value(), plus));
      case Degrees d -> new Degrees(choose(d.value(), plus));
      case Annotated a -> choose(a.value(), plus);
      default -> e;
    };
  }

  private static List<Expr> chooseAll(List<Expr> list, boolean plus) {
    List<Expr> out = new ArrayList<>(list.size());
    for (Expr e : list) {
      out.add(choose(e, plus));
    }
    return out;
  }

  private static boolean isZero(Expr e) {
    return e instanceof Num n && n.value().signum() == 0;
  }

  /**
   * +1 for {@code \infty} (or {@code +\infty}), -1 for {@code -\infty}, 0 for anything else.
   */
  static int infinitySign(Expr e) {
    return switch (e) {
      case Const c -> c.kind() == ConstKind.INFINITY ? 1 : 0;
      case Neg n -> -infinitySign(n.operand());
      case Annotated a -> infinitySign(a.value());
      default -> 0;
    };
  }

  /**
   * The expression with its words dropped and a sign moved inside a percentage or an angle:
   * {@code -5\%} becomes the percentage of -5.
   */
  static Expr strip(Expr e) {
    Expr x = e;
    while (true) {
      if (x instanceof Annotated a) {
        x = a.value();
      } else if (x instanceof Neg n && n.operand() instanceof Percent p) {
        x = new Percent(new Neg(p.value()));
      } else if (x instanceof Neg n && n.operand() instanceof Degrees d) {
        x = new Degrees(new Neg(d.value()));
      } else if (x instanceof Neg n && n.operand() instanceof Annotated a) {
        x = new Neg(a.value());
      } else {
        return x;
      }
    }
  }
}
