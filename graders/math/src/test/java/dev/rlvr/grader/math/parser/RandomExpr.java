package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of random trees in the shapes the parser produces: sums of at least two
 * terms whose subtractions are {@link Expr.Neg} terms, numbers that are never negative, letters
 * other than {@code e}, {@code i} and the capitals of multiple choice, and so on. Together with
 * {@link ExprPrinter} it gives round trips: print, parse, compare.
 */
final class RandomExpr {

  private static final String[] LETTERS = {"x", "y", "z", "a", "b", "c", "n", "k", "t", "r"};
  private static final String[] GREEK = {"alpha", "beta", "theta", "lambda", "mu", "omega"};
  private static final String[] NUMBERS = {"0", "1", "2", "3", "7", "10", "42", "123456789",
      "0.5", "0.50", ".25", "3.14", "1e-3", "2.5E4", "007", "1000000000000000000000"};
  private static final String[] FUNCTIONS = {"sin", "cos", "tan", "ln", "exp", "arctan", "sinh"};
  private static final String[] WORDS = {"cm", "apples", "meters", "hours", "dollars", "kg"};
  private static final String[] TEXTS = {"yes", "no", "none", "no solution", "undefined", "(B)"};

  private final Random random;

  RandomExpr(Random random) {
    this.random = random;
  }

  /** A whole answer: a value most of the time, sometimes a structure, list or words. */
  Expr answer() {
    return switch (random.nextInt(14)) {
      case 0 -> relation();
      case 1 -> list();
      case 2 -> set();
      case 3 -> bracketed();
      case 4 -> new Expr.Union(List.of(bracketed(), random.nextBoolean() ? bracketed() : set()));
      case 5 -> matrix();
      case 6 -> new Expr.Text(pick(TEXTS));
      case 7 -> annotated();
      default -> value(3);
    };
  }

  /** A value expression of at most {@code depth} levels. */
  Expr value(int depth) {
    if (depth <= 0) {
      return leaf();
    }
    int d = depth - 1;
    return switch (random.nextInt(18)) {
      case 0, 1 -> new Expr.Add(several(d));
      case 2, 3 -> new Expr.Mul(several(d));
      case 4 -> new Expr.Neg(value(d));
      case 5, 6 -> new Expr.Frac(value(d), value(d));
      case 7 -> new Expr.Pow(value(d), value(d));
      case 8 -> new Expr.Root(value(d), random.nextBoolean() ? Expr.Num.of(2) : value(d));
      case 9 -> function(d);
      case 10 -> new Expr.Factorial(random.nextBoolean() ? integer() : symbol());
      case 11 -> new Expr.Percent(number());
      case 12 -> new Expr.Degrees(number());
      case 13 -> new Expr.PlusMinus(value(d), value(d));
      case 14 -> new Expr.Mixed(integer(), new Expr.Frac(integer(), integer()));
      default -> leaf();
    };
  }

  private List<Expr> several(int depth) {
    List<Expr> out = new ArrayList<>();
    int n = 2 + random.nextInt(2);
    for (int k = 0; k < n; k++) {
      out.add(value(depth));
    }
    return out;
  }

  private Expr function(int depth) {
    return switch (random.nextInt(8)) {
      case 0 -> new Expr.Func("log", List.of(value(depth), value(depth)));
      case 1 -> new Expr.Func("abs", List.of(value(depth)));
      case 2 -> new Expr.Func("floor", List.of(value(depth)));
      case 3 -> new Expr.Func("binom", List.of(value(depth), value(depth)));
      case 4 -> new Expr.Func(random.nextBoolean() ? "gcd" : "lcm",
          List.of(value(depth), value(depth)));
      default -> new Expr.Func(pick(FUNCTIONS), List.of(value(depth)));
    };
  }

  private Expr leaf() {
    return switch (random.nextInt(9)) {
      case 0, 1, 2 -> number();
      case 3, 4 -> symbol();
      case 5 -> new Expr.Const(Expr.ConstKind.PI);
      case 6 -> new Expr.Const(Expr.ConstKind.E);
      case 7 -> new Expr.Const(random.nextBoolean() ? Expr.ConstKind.IMAGINARY_UNIT
          : Expr.ConstKind.INFINITY);
      default -> new Expr.Sym(pick(GREEK));
    };
  }

  private Expr.Num number() {
    String text = pick(NUMBERS);
    return new Expr.Num(new BigDecimal(text), text);
  }

  private Expr.Num integer() {
    return Expr.Num.of(1 + random.nextInt(30));
  }

  private Expr symbol() {
    String name = pick(LETTERS);
    return new Expr.Sym(random.nextInt(5) == 0 ? name + "_" + random.nextInt(10) : name);
  }

  private Expr relation() {
    int n = 2 + random.nextInt(2);
    List<Expr> operands = new ArrayList<>();
    List<Expr.RelOp> operators = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      operands.add(value(2));
      if (k > 0) {
        operators.add(Expr.RelOp.values()[random.nextInt(Expr.RelOp.values().length)]);
      }
    }
    return new Expr.Relation(operands, operators);
  }

  private Expr list() {
    List<Expr> items = new ArrayList<>();
    int n = 2 + random.nextInt(3);
    for (int k = 0; k < n; k++) {
      items.add(random.nextBoolean() ? relation() : value(2));
    }
    return new Expr.ExprList(items, Expr.Joiner.values()[random.nextInt(3)]);
  }

  private Expr set() {
    List<Expr> items = new ArrayList<>();
    int n = random.nextInt(4);
    for (int k = 0; k < n; k++) {
      items.add(value(2));
    }
    return new Expr.SetOf(items);
  }

  private Expr bracketed() {
    String brackets = pick("()", "[]", "[)", "(]", "<>");
    List<Expr> items = new ArrayList<>();
    int n = 2 + random.nextInt(2);
    for (int k = 0; k < n; k++) {
      items.add(value(2));
    }
    return new Expr.Bracketed(items, brackets.charAt(0), brackets.charAt(1));
  }

  private Expr matrix() {
    int rows = 1 + random.nextInt(3);
    int columns = 1 + random.nextInt(3);
    List<List<Expr>> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Expr> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(value(1));
      }
      out.add(row);
    }
    return new Expr.Matrix(out);
  }

  private Expr annotated() {
    Expr value = switch (random.nextInt(4)) {
      case 0 -> number();
      case 1 -> new Expr.Frac(integer(), integer());
      case 2 -> new Expr.Mul(List.of(integer(), symbol()));
      default -> new Expr.Neg(number());
    };
    return new Expr.Annotated(value, pick(WORDS));
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
