package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Func;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.RelOp;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.Sym;
import java.util.List;

/**
 * Rewrites {@code |x| < c} as {@code -c < x < c} and {@code |x| > c} as {@code x < -c or x > c}
 * (c free of variables), so the interval rules compare it with {@code (-c, c)} or a union.
 */
final class AbsoluteInequality {
  private AbsoluteInequality() {}

  static Expr rewrite(Expr e) {
    if (!(e instanceof Relation r) || r.operators().size() != 1) {
      return e;
    }
    RelOp op = r.operators().get(0);
    Expr left = r.operands().get(0);
    Expr right = r.operands().get(1);
    if (absOfVariable(right) != null && absOfVariable(left) == null) {
      return rewrite(new Relation(List.of(right, left), List.of(Intervals.flip(op))));
    }
    Sym x = absOfVariable(left);
    if (x == null || !ExprTrees.isConstant(right)) {
      return e;
    }
    return switch (op) {
      case LT, LE -> new Relation(List.of(new Neg(right), x, right), List.of(op, op));
      case GT, GE -> {
        RelOp below = op == RelOp.GT ? RelOp.LT : RelOp.LE;
        yield new Expr.ExprList(List.of(
            new Relation(List.of(x, new Neg(right)), List.of(below)),
            new Relation(List.of(x, right), List.of(op))), Expr.Joiner.OR);
      }
      default -> e;
    };
  }

  private static Sym absOfVariable(Expr e) {
    return e instanceof Func f && f.name().equals("abs") && f.args().size() == 1 && f.args().get(0) instanceof Sym s
        ? s
        : null;
  }
}
