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
import dev.rlvr.grader.math.expr.Expr.Joiner;
import dev.rlvr.grader.math.expr.Expr.Matrix;
import dev.rlvr.grader.math.expr.Expr.Mixed;
import dev.rlvr.grader.math.expr.Expr.Mul;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.Percent;
import dev.rlvr.grader.math.expr.Expr.PlusMinus;
import dev.rlvr.grader.math.expr.Expr.Pow;
import dev.rlvr.grader.math.expr.Expr.RelOp;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.Root;
import dev.rlvr.grader.math.expr.Expr.SetOf;
import dev.rlvr.grader.math.expr.Expr.Sym;
import dev.rlvr.grader.math.expr.Expr.Text;
import dev.rlvr.grader.math.expr.Expr.Union;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small prefix notation for writing expression trees in tests, so that hundreds of cases fit
 * in a data file. Atoms: numbers as written ({@code 0.50}, {@code 1e-3}), {@code pi e inf i} for
 * the constants, any other word a variable, {@code "..."} a string. Lists {@code (head args...)}:
 *
 * <pre>
 * + * / ^ ! %             Add Mul Frac Pow Factorial Percent
 * (- a) (- a b)            Neg, a + (-b)
 * (sqrt x) (root x n)      Root
 * (mixed 2 1 2)            2 1/2
 * (deg x) (pm a b) (pm b)  Degrees, PlusMinus (center 0 with one argument)
 * (= a b) (&lt; a b) ...        relations = != &lt; &lt;= &gt; &gt;= ~
 * (rel a &lt; x &lt;= b)         a chain of relations
 * (set ...) (tuple ...)    SetOf, Bracketed ( )
 * (vec ...) (iv "[)" a b)  Bracketed &lt; &gt;, Bracketed with the given brackets
 * (union ...) (matrix (a b) (c d))
 * (text "B") (ann x "cm") (list ...) (or ...) (and ...)
 * (sin x) (log x b) ...    any other head is a function
 * (sym e)                  the variable named e
 * </pre>
 */
final class Sx {
  private static final Map<String, RelOp> RELATIONS =
      Map.of(
          "=",
          RelOp.EQ,
          "!=",
          RelOp.NE,
          "<",
          RelOp.LT,
          "<=",
          RelOp.LE,
          ">",
          RelOp.GT,
          ">=",
          RelOp.GE,
          "~",
          RelOp.APPROX);
  private static final Set<String> CONSTANTS = Set.of("pi", "e", "inf", "i");

  private final String src;
  private int pos;

  private Sx(String src) {
    this.src = src;
  }

  /** Reads one expression. */
  static Expr parse(String src) {
    Sx sx = new Sx(src);
    Object o = sx.read();
    sx.skipSpace();
    if (sx.pos != src.length()) {
      throw new IllegalArgumentException("trailing text at " + sx.pos + " in " + src);
    }
    return toExpr(o);
  }

  /** A literal number as written. */
  static Num num(String text) {
    return new Num(new BigDecimal(text), text);
  }

  private void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private Object read() {
    skipSpace();
    if (pos >= src.length()) {
      throw new IllegalArgumentException("unexpected end of " + src);
    }
    char ch = src.charAt(pos);
    if (ch == '(') {
      pos++;
      List<Object> items = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos >= src.length()) {
          throw new IllegalArgumentException("unclosed ( in " + src);
        }
        if (src.charAt(pos) == ')') {
          pos++;
          return items;
        }
        items.add(read());
      }
    }
    if (ch == '"') {
      int end = src.indexOf('"', pos + 1);
      String s = src.substring(pos + 1, end);
      pos = end + 1;
      return new StringBuilder(s);
    }
    int start = pos;
    while (pos < src.length()
        && !Character.isWhitespace(src.charAt(pos))
        && src.charAt(pos) != '('
        && src.charAt(pos) != ')') {
      pos++;
    }
    return src.substring(start, pos);
  }

  private static Expr toExpr(Object o) {
    if (o instanceof StringBuilder sb) {
      return new Text(sb.toString());
    }
    if (o instanceof String atom) {
      return atom(atom);
    }
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) o;
    String head = (String) list.get(0);
    List<Object> rest = list.subList(1, list.size());
    return compound(head, rest);
  }

  private static Expr atom(String atom) {
    char c = atom.charAt(0);
    if (Character.isDigit(c) || c == '.' || (c == '-' && atom.length() > 1)) {
      return num(atom);
    }
    if (CONSTANTS.contains(atom)) {
      return new Const(
          switch (atom) {
            case "pi" -> ConstKind.PI;
            case "e" -> ConstKind.E;
            case "inf" -> ConstKind.INFINITY;
            default -> ConstKind.IMAGINARY_UNIT;
          });
    }
    return new Sym(atom);
  }

  private static List<Expr> all(List<Object> items) {
    return items.stream().map(Sx::toExpr).toList();
  }

  private static String string(Object o) {
    return o.toString();
  }

  private static Expr compound(String head, List<Object> rest) {
    List<Expr> args =
        head.equals("matrix") || head.equals("iv") || head.equals("rel") ? List.of() : all(rest);
    if (RELATIONS.containsKey(head)) {
      return new Relation(args, List.of(RELATIONS.get(head)));
    }
    return switch (head) {
      case "+" -> new Add(args);
      case "*" -> new Mul(args);
      case "-" ->
          args.size() == 1
              ? new Neg(args.get(0))
              : new Add(List.of(args.get(0), new Neg(args.get(1))));
      case "/" -> new Frac(args.get(0), args.get(1));
      case "^" -> new Pow(args.get(0), args.get(1));
      case "!" -> new Factorial(args.get(0));
      case "%" -> new Percent(args.get(0));
      case "deg" -> new Degrees(args.get(0));
      case "sqrt" -> new Root(args.get(0), Num.of(2));
      case "root" -> new Root(args.get(0), args.get(1));
      case "mixed" -> new Mixed((Num) args.get(0), new Frac(args.get(1), args.get(2)));
      case "pm" ->
          args.size() == 1
              ? new PlusMinus(Num.of(0), args.get(0))
              : new PlusMinus(args.get(0), args.get(1));
      case "set" -> new SetOf(args);
      case "tuple" -> new Bracketed(args, '(', ')');
      case "vec" -> new Bracketed(args, '<', '>');
      case "iv" -> {
        String br = string(rest.get(0));
        yield new Bracketed(all(rest.subList(1, rest.size())), br.charAt(0), br.charAt(1));
      }
      case "union" -> new Union(args);
      case "matrix" ->
          new Matrix(
              rest.stream()
                  .map(
                      r -> {
                        @SuppressWarnings("unchecked")
                        List<Object> row = (List<Object>) r;
                        return all(row);
                      })
                  .toList());
      case "text" -> new Text(string(rest.get(0)));
      case "ann" -> new Annotated(args.get(0), string(rest.get(1)));
      case "list" -> new ExprList(args, Joiner.COMMA);
      case "or" -> new ExprList(args, Joiner.OR);
      case "and" -> new ExprList(args, Joiner.AND);
      case "sym" -> new Sym(string(rest.get(0)));
      case "rel" -> chain(rest);
      default -> new Func(head, args);
    };
  }

  private static Expr chain(List<Object> rest) {
    List<Expr> operands = new ArrayList<>();
    List<RelOp> ops = new ArrayList<>();
    for (int i = 0; i < rest.size(); i++) {
      if (i % 2 == 0) {
        operands.add(toExpr(rest.get(i)));
      } else {
        ops.add(RELATIONS.get(string(rest.get(i))));
      }
    }
    return new Relation(operands, ops);
  }
}
