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
import dev.rlvr.testing.RandomText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of expression trees for property tests: scalar expressions in x and y,
 * structures of every kind, and pathological trees (huge powers and factorials, division by
 * zero, deep nesting). The same seed always gives the same trees.
 */
final class RandomExprs {
  private static final String[] FUNCTIONS = {"sin", "cos", "exp", "ln", "abs", "tan", "arctan"};
  private static final RelOp[] OPS = RelOp.values();

  private final Random random;
  private final RandomText text;

  RandomExprs(long seed) {
    this.random = new Random(seed);
    this.text = new RandomText(seed ^ 0x5DEECE66DL);
  }

  Random random() {
    return random;
  }

  /** A scalar expression of at most the given depth (no plus-minus, no structures). */
  Expr scalar(int depth) {
    if (depth <= 0 || random.nextInt(4) == 0) {
      return leaf();
    }
    int d = depth - 1;
    return switch (random.nextInt(10)) {
      case 0, 1 -> new Add(list(2 + random.nextInt(3), d));
      case 2, 3 -> new Mul(list(2 + random.nextInt(3), d));
      case 4 -> new Neg(scalar(d));
      case 5 -> new Frac(scalar(d), scalar(d));
      case 6 ->
          new Pow(
              scalar(d),
              random.nextBoolean()
                  ? Num.of(random.nextInt(5) - 1)
                  : new Frac(Num.of(1), Num.of(2)));
      case 7 -> new Root(scalar(d), Num.of(2 + random.nextInt(2)));
      case 8 -> new Func(FUNCTIONS[random.nextInt(FUNCTIONS.length)], List.of(scalar(d)));
      default -> new Factorial(Num.of(random.nextInt(8)));
    };
  }

  private List<Expr> list(int n, int depth) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(scalar(depth));
    }
    return out;
  }

  private Expr leaf() {
    return switch (random.nextInt(9)) {
      case 0, 1 -> Num.of(random.nextInt(21) - 5);
      case 2 -> decimal();
      case 3 -> new Frac(Num.of(1 + random.nextInt(9)), Num.of(1 + random.nextInt(9)));
      case 4, 5 -> new Sym("x");
      case 6 -> new Sym("y");
      case 7 -> new Const(random.nextBoolean() ? ConstKind.PI : ConstKind.E);
      default -> random.nextInt(4) == 0 ? new Const(ConstKind.IMAGINARY_UNIT) : Num.of(2);
    };
  }

  private Num decimal() {
    BigDecimal v = BigDecimal.valueOf(random.nextInt(2001) - 1000, random.nextInt(4));
    return new Num(v, v.toPlainString());
  }

  /** Any tree: scalars, percentages, angles, sets, tuples, relations, text... */
  Expr any(int depth) {
    if (depth <= 0) {
      return leaf();
    }
    int d = depth - 1;
    return switch (random.nextInt(16)) {
      case 0 -> new SetOf(anyList(random.nextInt(4), d));
      case 1 ->
          new Bracketed(
              anyList(2 + random.nextInt(2), d),
              "([<".charAt(random.nextInt(3)),
              ")]>".charAt(random.nextInt(3)));
      case 2 ->
          new ExprList(
              anyList(2 + random.nextInt(2), d),
              Joiner.values()[random.nextInt(Joiner.values().length)]);
      case 3 -> relation(d);
      case 4 ->
          new Text(
              random.nextBoolean()
                  ? text.words(1 + random.nextInt(3))
                  : "(" + (char) ('A' + random.nextInt(5)) + ")");
      case 5 -> new Annotated(any(d), text.words(1));
      case 6 -> new Matrix(List.of(anyList(2, d), anyList(2, d)));
      case 7 -> new Union(anyList(2, d));
      case 8 -> new PlusMinus(scalar(d), scalar(d));
      case 9 -> new Percent(scalar(d));
      case 10 -> new Degrees(scalar(d));
      case 11 ->
          new Mixed(Num.of(random.nextInt(5)), new Frac(Num.of(1), Num.of(2 + random.nextInt(5))));
      case 12 -> new Const(ConstKind.INFINITY);
      default -> scalar(d);
    };
  }

  private List<Expr> anyList(int n, int depth) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(any(depth));
    }
    return out;
  }

  private Expr relation(int depth) {
    int n = 2 + (random.nextInt(4) == 0 ? 1 : 0);
    List<Expr> operands = new ArrayList<>();
    List<RelOp> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      operands.add(random.nextBoolean() ? new Sym("x") : scalar(depth));
      if (i > 0) {
        ops.add(OPS[random.nextInt(OPS.length)]);
      }
    }
    return new Relation(operands, ops);
  }

  /** A tree meant to hurt: huge numbers, undefined values, deep or wide nesting. */
  Expr pathological() {
    return switch (random.nextInt(16)) {
      case 0 -> new Pow(Num.of(10), new Pow(Num.of(10), Num.of(10)));
      case 1 -> new Pow(new Factorial(Num.of(1000)), new Factorial(Num.of(1000)));
      case 2 -> nested(300 + random.nextInt(2000));
      case 3 -> new Factorial(Num.of(1_000_000_000L));
      case 4 -> new Frac(Num.of(0), Num.of(0));
      case 5 -> new Func("ln", List.of(Num.of(-random.nextInt(3))));
      case 6 -> new Root(Num.of(-4), Num.of(2));
      case 7 -> new Pow(new Sym("x"), Num.of(10_000_000_000L));
      case 8 -> new Func("sin", List.of(new Pow(Num.of(10), Num.of(100))));
      case 9 -> new Num(new BigDecimal("1e-999999999"), "1e-999999999");
      case 10 -> new Func("binom", List.of(Num.of(1_000_000_000L), Num.of(500_000_000L)));
      case 11 -> wide(30_000);
      case 12 ->
          new Pow(Num.of(2), new Pow(Num.of(2), new Pow(Num.of(2), new Pow(Num.of(2), Num.of(5)))));
      case 13 -> new Func("exp", List.of(new Pow(Num.of(10), Num.of(10))));
      case 14 -> new SetOf(distinctNumbers(200));
      default -> new Text(text.next(200));
    };
  }

  private static List<Expr> distinctNumbers(int n) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Num.of(1000 + i));
    }
    return out;
  }

  private Expr nested(int depth) {
    Expr e = Num.of(1);
    for (int i = 0; i < depth; i++) {
      e =
          switch (random.nextInt(4)) {
            case 0 -> new Frac(Num.of(1), new Add(List.of(Num.of(1), e)));
            case 1 -> new SetOf(List.of(e));
            case 2 -> new Neg(e);
            default -> new Pow(e, Num.of(2));
          };
    }
    return e;
  }

  private Expr wide(int n) {
    List<Expr> terms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      terms.add(Num.of(i));
    }
    return new Add(terms);
  }

  /** The same expression with the children of sums and products shuffled and regrouped. */
  Expr rearranged(Expr e) {
    return switch (e) {
      case Add a -> new Add(regroup(shuffled(a.terms()), true));
      case Mul m -> new Mul(regroup(shuffled(m.factors()), false));
      case Neg n -> new Neg(rearranged(n.operand()));
      case Frac f -> new Frac(rearranged(f.numerator()), rearranged(f.denominator()));
      case Pow p -> new Pow(rearranged(p.base()), p.exponent());
      case Root r -> new Root(rearranged(r.radicand()), r.index());
      case Func f -> new Func(f.name(), f.args().stream().map(this::rearranged).toList());
      default -> e;
    };
  }

  private List<Expr> shuffled(List<Expr> items) {
    List<Expr> out = new ArrayList<>();
    for (Expr e : items) {
      out.add(rearranged(e));
    }
    Collections.shuffle(out, random);
    return out;
  }

  /** Puts two neighbours into a sum (or product) of their own, now and then. */
  private List<Expr> regroup(List<Expr> items, boolean sum) {
    if (items.size() < 3 || random.nextBoolean()) {
      return items;
    }
    int i = random.nextInt(items.size() - 1);
    List<Expr> out = new ArrayList<>(items.subList(0, i));
    List<Expr> pair = List.of(items.get(i), items.get(i + 1));
    out.add(sum ? new Add(pair) : new Mul(pair));
    out.addAll(items.subList(i + 2, items.size()));
    return out;
  }
}
