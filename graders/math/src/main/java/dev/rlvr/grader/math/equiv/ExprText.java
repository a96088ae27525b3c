package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Add;
import dev.rlvr.grader.math.expr.Expr.Annotated;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.Const;
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
import java.util.List;

/** Short plain-text renderings of expressions for the details of a comparison. */
final class ExprText {
  private static final int LONGEST = 80;
  private static final int DEEPEST = 12;

  private ExprText() {}

  /** The expression in plain text, cut short when long. */
  static String show(Expr e) {
    StringBuilder sb = new StringBuilder();
    write(e, sb, 0);
    return sb.length() <= LONGEST ? sb.toString() : sb.substring(0, LONGEST - 3) + "...";
  }

  /** What kind of thing an expression is, in words. */
  static String kind(Expr e) {
    return switch (e) {
      case Bracketed b -> b.items().size() == 2 ? "a tuple or interval" : "a tuple";
      case Matrix m -> "a matrix";
      case Union u -> "a union";
      case SetOf s -> "a set";
      case ExprList l -> "a list";
      case Relation r -> "a relation";
      case Text t -> "text";
      default -> "a value";
    };
  }

  private static void write(Expr e, StringBuilder sb, int depth) {
    if (depth > DEEPEST || sb.length() > LONGEST) {
      sb.append("...");
      return;
    }
    int d = depth + 1;
    switch (e) {
      case Num n -> sb.append(n.text());
      case Sym s -> sb.append(s.name());
      case Const c ->
          sb.append(
              switch (c.kind()) {
                case PI -> "pi";
                case E -> "e";
                case INFINITY -> "inf";
                case IMAGINARY_UNIT -> "i";
              });
      case Add a -> join(a.terms(), " + ", "(", ")", sb, d);
      case Mul m -> join(m.factors(), "*", "(", ")", sb, d);
      case Neg n -> write(n.operand(), sb.append('-'), d);
      case Frac f -> join(List.of(f.numerator(), f.denominator()), "/", "(", ")", sb, d);
      case Mixed m -> join(List.of(m.whole(), m.fraction()), " ", "", "", sb, d);
      case Pow p -> join(List.of(p.base(), p.exponent()), "^", "(", ")", sb, d);
      case Root r -> join(List.of(r.radicand(), r.index()), ", ", "root(", ")", sb, d);
      case Func f -> join(f.args(), ", ", f.name() + "(", ")", sb, d);
      case Factorial f -> write(f.operand(), sb, d);
      case Percent p -> write(p.value(), sb, d);
      case Degrees g -> write(g.value(), sb, d);
      case PlusMinus p -> join(List.of(p.center(), p.offset()), " +- ", "(", ")", sb, d);
      case Relation r -> relation(r, sb, d);
      case SetOf s -> join(s.elements(), ", ", "{", "}", sb, d);
      case Bracketed b ->
          join(b.items(), ", ", String.valueOf(b.open()), String.valueOf(b.close()), sb, d);
      case Union u -> join(u.parts(), " U ", "", "", sb, d);
      case Matrix m ->
          sb.append("matrix ")
              .append(m.rows().size())
              .append('x')
              .append(m.rows().isEmpty() ? 0 : m.rows().get(0).size());
      case Text t ->
          sb.append('"').append(t.text(), 0, Math.min(t.text().length(), LONGEST)).append('"');
      case Annotated a -> write(a.value(), sb, d);
      case ExprList l -> join(l.items(), ", ", "", "", sb, d);
    }
    if (e instanceof Factorial) {
      sb.append('!');
    } else if (e instanceof Percent) {
      sb.append('%');
    } else if (e instanceof Degrees) {
      sb.append(" deg");
    }
  }

  private static void relation(Relation r, StringBuilder sb, int depth) {
    for (int i = 0; i < r.operands().size(); i++) {
      if (i > 0) {
        sb.append(
            switch (r.operators().get(i - 1)) {
              case EQ -> " = ";
              case NE -> " != ";
              case LT -> " < ";
              case LE -> " <= ";
              case GT -> " > ";
              case GE -> " >= ";
              case APPROX -> " ~ ";
            });
      }
      write(r.operands().get(i), sb, depth);
    }
  }

  private static void join(
      List<Expr> items, String sep, String open, String close, StringBuilder sb, int depth) {
    sb.append(open);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      write(items.get(i), sb, depth);
      if (sb.length() > LONGEST) {
        break;
      }
    }
    sb.append(close);
  }
}
