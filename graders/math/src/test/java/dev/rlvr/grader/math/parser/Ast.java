package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tiny builders of expected trees, so that test cases read like the math they stand for. */
final class Ast {

  private Ast() {}

  static Expr.Num num(long value) {
    return Expr.Num.of(value);
  }

  static Expr.Num num(String text) {
    return new Expr.Num(new BigDecimal(text), text);
  }

  static Expr neg(Expr e) {
    return new Expr.Neg(e);
  }

  static Expr neg(long value) {
    return new Expr.Neg(num(value));
  }

  static Expr add(Expr... terms) {
    return new Expr.Add(List.of(terms));
  }

  static Expr mul(Expr... factors) {
    return new Expr.Mul(List.of(factors));
  }

  static Expr.Frac frac(Expr numerator, Expr denominator) {
    return new Expr.Frac(numerator, denominator);
  }

  static Expr.Frac frac(long numerator, long denominator) {
    return new Expr.Frac(num(numerator), num(denominator));
  }

  static Expr mixed(long whole, long numerator, long denominator) {
    return new Expr.Mixed(num(whole), frac(numerator, denominator));
  }

  static Expr pow(Expr base, Expr exponent) {
    return new Expr.Pow(base, exponent);
  }

  static Expr pow(Expr base, long exponent) {
    return new Expr.Pow(base, num(exponent));
  }

  static Expr sqrt(Expr radicand) {
    return new Expr.Root(radicand, num(2));
  }

  static Expr sqrt(long radicand) {
    return sqrt(num(radicand));
  }

  static Expr root(Expr radicand, Expr index) {
    return new Expr.Root(radicand, index);
  }

  static Expr.Sym sym(String name) {
    return new Expr.Sym(name);
  }

  static Expr x() {
    return sym("x");
  }

  static Expr pi() {
    return new Expr.Const(Expr.ConstKind.PI);
  }

  static Expr e() {
    return new Expr.Const(Expr.ConstKind.E);
  }

  static Expr i() {
    return new Expr.Const(Expr.ConstKind.IMAGINARY_UNIT);
  }

  static Expr inf() {
    return new Expr.Const(Expr.ConstKind.INFINITY);
  }

  static Expr func(String name, Expr... args) {
    return new Expr.Func(name, List.of(args));
  }

  static Expr fact(Expr operand) {
    return new Expr.Factorial(operand);
  }

  static Expr percent(Expr value) {
    return new Expr.Percent(value);
  }

  static Expr deg(Expr value) {
    return new Expr.Degrees(value);
  }

  static Expr pm(Expr center, Expr offset) {
    return new Expr.PlusMinus(center, offset);
  }

  /** {@code rel(x, EQ, 3)} or a chain {@code rel(1, LT, x, LE, 3)}: operands and operators. */
  static Expr rel(Object... parts) {
    List<Expr> operands = new ArrayList<>();
    List<Expr.RelOp> operators = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Expr.RelOp op) {
        operators.add(op);
      } else {
        operands.add((Expr) part);
      }
    }
    return new Expr.Relation(operands, operators);
  }

  static Expr set(Expr... elements) {
    return new Expr.SetOf(List.of(elements));
  }

  static Expr interval(char open, Expr low, Expr high, char close) {
    return new Expr.Bracketed(List.of(low, high), open, close);
  }

  static Expr tuple(Expr... items) {
    return new Expr.Bracketed(List.of(items), '(', ')');
  }

  static Expr reals() {
    return interval('(', neg(inf()), inf(), ')');
  }

  static Expr union(Expr... parts) {
    return new Expr.Union(List.of(parts));
  }

  static Expr list(Expr.Joiner joiner, Expr... items) {
    return new Expr.ExprList(List.of(items), joiner);
  }

  static Expr matrix(Expr[]... rows) {
    return new Expr.Matrix(Arrays.stream(rows).map(List::of).toList());
  }

  static Expr[] row(Expr... cells) {
    return cells;
  }

  static Expr text(String words) {
    return new Expr.Text(words);
  }

  static Expr ann(Expr value, String words) {
    return new Expr.Annotated(value, words);
  }
}
