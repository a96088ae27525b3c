package dev.rlvr.grader.math.parser;

import static dev.rlvr.grader.math.expr.Expr.Joiner.AND;
import static dev.rlvr.grader.math.expr.Expr.Joiner.COMMA;
import static dev.rlvr.grader.math.expr.Expr.Joiner.OR;
import static dev.rlvr.grader.math.expr.Expr.RelOp.APPROX;
import static dev.rlvr.grader.math.expr.Expr.RelOp.EQ;
import static dev.rlvr.grader.math.expr.Expr.RelOp.GE;
import static dev.rlvr.grader.math.expr.Expr.RelOp.GT;
import static dev.rlvr.grader.math.expr.Expr.RelOp.LE;
import static dev.rlvr.grader.math.expr.Expr.RelOp.LT;
import static dev.rlvr.grader.math.expr.Expr.RelOp.NE;
import static dev.rlvr.grader.math.parser.Ast.add;
import static dev.rlvr.grader.math.parser.Ast.ann;
import static dev.rlvr.grader.math.parser.Ast.deg;
import static dev.rlvr.grader.math.parser.Ast.e;
import static dev.rlvr.grader.math.parser.Ast.fact;
import static dev.rlvr.grader.math.parser.Ast.frac;
import static dev.rlvr.grader.math.parser.Ast.func;
import static dev.rlvr.grader.math.parser.Ast.i;
import static dev.rlvr.grader.math.parser.Ast.inf;
import static dev.rlvr.grader.math.parser.Ast.interval;
import static dev.rlvr.grader.math.parser.Ast.list;
import static dev.rlvr.grader.math.parser.Ast.matrix;
import static dev.rlvr.grader.math.parser.Ast.mixed;
import static dev.rlvr.grader.math.parser.Ast.mul;
import static dev.rlvr.grader.math.parser.Ast.neg;
import static dev.rlvr.grader.math.parser.Ast.num;
import static dev.rlvr.grader.math.parser.Ast.percent;
import static dev.rlvr.grader.math.parser.Ast.pi;
import static dev.rlvr.grader.math.parser.Ast.pm;
import static dev.rlvr.grader.math.parser.Ast.pow;
import static dev.rlvr.grader.math.parser.Ast.reals;
import static dev.rlvr.grader.math.parser.Ast.rel;
import static dev.rlvr.grader.math.parser.Ast.root;
import static dev.rlvr.grader.math.parser.Ast.row;
import static dev.rlvr.grader.math.parser.Ast.set;
import static dev.rlvr.grader.math.parser.Ast.sqrt;
import static dev.rlvr.grader.math.parser.Ast.sym;
import static dev.rlvr.grader.math.parser.Ast.text;
import static dev.rlvr.grader.math.parser.Ast.tuple;
import static dev.rlvr.grader.math.parser.Ast.union;
import static dev.rlvr.grader.math.parser.Ast.x;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.rlvr.grader.math.expr.Expr;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers and the trees they parse into, one group per kind of answer. */
class MathAnswerParserTest {

  static void assertParses(String input, Expr expected) {
    ParseResult result = MathAnswerParser.parse(input);
    assertThat(result.errors()).as("errors parsing %s", input).isEmpty();
    assertThat(result.expr()).as("tree of %s", input).isEqualTo(expected);
  }

  @Nested
  class Numbers {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("42", num(42)),
          arguments("-3", neg(3)),
          arguments("0.50", num("0.50")),
          arguments(".5", num(".5")),
          arguments("-.5", neg(num(".5"))),
          arguments("1e-3", num("1e-3")),
          arguments("2.5E4", num("2.5E4")),
          arguments("007", num("007")),
          arguments("1,000", num("1000")),
          arguments("1,000,000", num("1000000")),
          arguments("1,234.50", num("1234.50")),
          arguments("-1,000", neg(num("1000"))),
          arguments("1{,}000", num("1000")),
          arguments("1\\,000", num("1000")),
          arguments("1 000 000", num("1000000")),
          arguments("3{,}5", num("3.5")),
          arguments("12345678901234567890123456789", num("12345678901234567890123456789")),
          arguments("+7", num(7)),
          arguments("5.", num(5)),
          arguments("= 5", num(5)),
          arguments("{5}", num(5)),
          arguments("\\left(7\\right)", num(7)),
          arguments("−3", neg(3)),
          arguments("\\text{5}", num(5)),
          arguments("\\text{1,000}", num("1000")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }

    @Test
    void keepsCommasBetweenNumbersThatAreNotThousands() {
      assertParses("1,2", list(COMMA, num(1), num(2)));
      assertParses("1,0000", list(COMMA, num(1), num("0000")));
      assertParses("10,00", list(COMMA, num(10), num("00")));
      assertParses("1,000,00", list(COMMA, num(1), num("000"), num("00")));
      assertParses("1, 000", list(COMMA, num(1), num("000")));
    }

    @Test
    void keepsCommasInsideBrackets() {
      assertParses("(1,2)", tuple(num(1), num(2)));
      assertParses("(1,000)", tuple(num(1), num("000")));
      assertParses("\\{1,000\\}", set(num(1), num("000")));
      assertParses("(1{,}000, 2)", tuple(num("1000"), num(2)));
    }
  }

  @Nested
  class Fractions {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("\\frac{1}{2}", frac(1, 2)),
          arguments("\\frac12", frac(1, 2)),
          arguments("\\frac 1 2", frac(1, 2)),
          arguments("\\frac{1}2", frac(1, 2)),
          arguments("\\frac ab", frac(sym("a"), sym("b"))),
          arguments("\\frac\\pi2", frac(pi(), num(2))),
          arguments("\\dfrac{3}{4}", frac(3, 4)),
          arguments("\\tfrac{3}{4}", frac(3, 4)),
          arguments("\\cfrac{3}{4}", frac(3, 4)),
          arguments("-\\frac{1}{2}", neg(frac(1, 2))),
          arguments("\\frac{-1}{2}", frac(neg(1), num(2))),
          arguments("1/2", frac(1, 2)),
          arguments("-1/2", neg(frac(1, 2))),
          arguments("a/b", frac(sym("a"), sym("b"))),
          arguments("a \\div b", frac(sym("a"), sym("b"))),
          arguments("6 ÷ 3", frac(6, 3)),
          arguments("a/b/c", frac(frac(sym("a"), sym("b")), sym("c"))),
          arguments("1/2x", mul(frac(1, 2), x())),
          arguments("\\frac{1}{2}x", mul(frac(1, 2), x())),
          arguments("\\frac{\\sqrt{2}}{2}", frac(sqrt(2), num(2))),
          arguments("\\frac{1,000}{3}", frac(num("1000"), num(3))),
          arguments("½", frac(1, 2)),
          arguments("2\\frac{1}{2}", mixed(2, 1, 2)),
          arguments("2 \\frac{1}{2}", mixed(2, 1, 2)),
          arguments("2\\frac12", mixed(2, 1, 2)),
          arguments("12\\dfrac{3}{4}", mixed(12, 3, 4)),
          arguments("-2\\frac12", neg(mixed(2, 1, 2))),
          arguments("2 1/2", mixed(2, 1, 2)),
          arguments("2½", mixed(2, 1, 2)),
          arguments("2\\frac{1}{2}x", mul(mixed(2, 1, 2), x())),
          arguments("2\\frac{x}{2}", mul(num(2), frac(x(), num(2)))),
          arguments("2.5\\frac{1}{2}", mul(num("2.5"), frac(1, 2))),
          arguments("2 \\cdot \\frac{1}{2}", mul(num(2), frac(1, 2))),
          arguments("2\\frac{-1}{2}", mul(num(2), frac(neg(1), num(2)))),
          arguments("x\\frac{1}{2}", mul(x(), frac(1, 2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class RootsPowersAndConstants {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("\\sqrt{2}", sqrt(2)),
          arguments("\\sqrt2", sqrt(2)),
          arguments("\\sqrt x", sqrt(x())),
          arguments("\\sqrt[3]{x}", root(x(), num(3))),
          arguments("\\sqrt[n]{8}", root(num(8), sym("n"))),
          arguments("sqrt(2)", sqrt(2)),
          arguments("sqrt 2", sqrt(2)),
          arguments("√2", sqrt(2)),
          arguments("√12", sqrt(12)),
          arguments("√(x+1)", sqrt(add(x(), num(1)))),
          arguments("∛8", root(num(8), num(3))),
          arguments("x^2", pow(x(), 2)),
          arguments("x^{10}", pow(x(), 10)),
          arguments("x^10", pow(x(), 10)),
          arguments("x**2", pow(x(), 2)),
          arguments("x²", pow(x(), 2)),
          arguments("10⁻³", pow(num(10), neg(3))),
          arguments("2^{-1}", pow(num(2), neg(1))),
          arguments("2^-1", pow(num(2), neg(1))),
          arguments("2^{3^2}", pow(num(2), pow(num(3), 2))),
          arguments("2^3^2", pow(num(2), pow(num(3), 2))),
          arguments("e^{i\\pi}", pow(e(), mul(i(), pi()))),
          arguments("e^x", pow(e(), x())),
          arguments("\\mathrm{e}^{2}", pow(e(), 2)),
          arguments("2^{\\frac{1}{2}}", pow(num(2), frac(1, 2))),
          arguments("x^(n+1)", pow(x(), add(sym("n"), num(1)))),
          arguments("(x+1)^2", pow(add(x(), num(1)), 2)),
          arguments("\\pi", pi()),
          arguments("pi", pi()),
          arguments("π", pi()),
          arguments("e", e()),
          arguments("i", i()),
          arguments("\\infty", inf()),
          arguments("∞", inf()),
          arguments("inf", inf()),
          arguments("infinity", inf()),
          arguments("-\\infty", neg(inf())),
          arguments("30^\\circ", deg(num(30))),
          arguments("30^{\\circ}", deg(num(30))),
          arguments("30 ^ { \\circ }", deg(num(30))),
          arguments("30°", deg(num(30))),
          arguments("30\\degree", deg(num(30))),
          arguments("45 \\text{ degrees}", deg(num(45))),
          arguments("22.5^\\circ", deg(num("22.5"))),
          arguments("x^\\circ", deg(x())),
          arguments("5!", fact(num(5))),
          arguments("(n+1)!", fact(add(sym("n"), num(1)))),
          arguments("\\frac{5!}{3!}", frac(fact(num(5)), fact(num(3)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class ProductsSumsAndSigns {
    static Stream<Arguments> cases() {
      Expr two = num(2);
      return Stream.of(
          arguments("2\\pi r", mul(two, pi(), sym("r"))),
          arguments("2r\\pi", mul(two, sym("r"), pi())),
          arguments("3x", mul(num(3), x())),
          arguments("2(x+1)", mul(two, add(x(), num(1)))),
          arguments("(x+1)(x-1)", mul(add(x(), num(1)), add(x(), neg(num(1))))),
          arguments("x\\sqrt{2}", mul(x(), sqrt(2))),
          arguments("2\\sqrt{3}", mul(two, sqrt(3))),
          arguments("2 \\cdot 3", mul(two, num(3))),
          arguments("2 \\times 3", mul(two, num(3))),
          arguments("2 * 3", mul(two, num(3))),
          arguments("2×3", mul(two, num(3))),
          arguments("2·3", mul(two, num(3))),
          arguments("2\\cdot 3 \\cdot 4", mul(two, num(3), num(4))),
          arguments("2*pi", mul(two, pi())),
          arguments("xy", mul(x(), sym("y"))),
          arguments("2ab", mul(two, sym("a"), sym("b"))),
          arguments("abc", mul(sym("a"), sym("b"), sym("c"))),
          arguments("xy^2", mul(x(), pow(sym("y"), 2))),
          arguments("6yx^2", mul(num(6), sym("y"), pow(x(), 2))),
          arguments("3+4i", add(num(3), mul(num(4), i()))),
          arguments("x - y", add(x(), neg(sym("y")))),
          arguments("a - -b", add(sym("a"), neg(neg(sym("b"))))),
          arguments("-x^2", neg(pow(x(), 2))),
          arguments("-2x", neg(mul(two, x()))),
          arguments("(-2)^2", pow(neg(2), 2)),
          arguments("-(-2)", neg(neg(2))),
          arguments("2 \\cdot -3", mul(two, neg(3))),
          arguments("2/-3", frac(two, neg(3))),
          arguments("1 \\pm \\sqrt{2}", pm(num(1), sqrt(2))),
          arguments("\\pm 3", pm(num(0), num(3))),
          arguments("±3", pm(num(0), num(3))),
          arguments("+/-3", pm(num(0), num(3))),
          arguments("-1\\pm\\sqrt{2}", pm(neg(1), sqrt(2))),
          arguments("a + b \\pm c", pm(add(sym("a"), sym("b")), sym("c"))),
          arguments("3 \\mp 1", pm(num(3), num(1))),
          arguments("\\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}",
              frac(pm(neg(sym("b")), sqrt(add(pow(sym("b"), 2),
                  neg(mul(num(4), sym("a"), sym("c")))))), mul(two, sym("a")))),
          arguments("x^2+x-6", add(pow(x(), 2), x(), neg(num(6)))),
          arguments("1\\times10^{-3}", mul(num(1), pow(num(10), neg(3)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class Functions {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("\\sin x", func("sin", x())),
          arguments("\\sin(x)", func("sin", x())),
          arguments("\\sin\\left(x\\right)", func("sin", x())),
          arguments("\\sin 2x", func("sin", mul(num(2), x()))),
          arguments("\\sin x^2", func("sin", pow(x(), 2))),
          arguments("\\sin^2 x", pow(func("sin", x()), 2)),
          arguments("\\sin^{2}(x)", pow(func("sin", x()), 2)),
          arguments("\\sin^{-1} x", func("arcsin", x())),
          arguments("\\sin 60^\\circ", func("sin", deg(num(60)))),
          arguments("\\sin \\frac{\\pi}{6}", func("sin", frac(pi(), num(6)))),
          arguments("2\\sin x \\cos x", mul(num(2), func("sin", x()), func("cos", x()))),
          arguments("\\sin^2 x + \\cos^2 x",
              add(pow(func("sin", x()), 2), pow(func("cos", x()), 2))),
          arguments("\\cos\\theta", func("cos", sym("theta"))),
          arguments("\\tan x", func("tan", x())),
          arguments("\\cot x", func("cot", x())),
          arguments("\\sec x", func("sec", x())),
          arguments("\\csc x", func("csc", x())),
          arguments("\\arcsin\\frac{1}{2}", func("arcsin", frac(1, 2))),
          arguments("\\arccos x", func("arccos", x())),
          arguments("\\arctan 1", func("arctan", num(1))),
          arguments("\\sinh x", func("sinh", x())),
          arguments("\\cosh x", func("cosh", x())),
          arguments("\\tanh x", func("tanh", x())),
          arguments("\\ln 2", func("ln", num(2))),
          arguments("\\ln|x|", func("ln", func("abs", x()))),
          arguments("\\log x", func("log", x())),
          arguments("\\log_2 8", func("log", num(8), num(2))),
          arguments("\\log_28", func("log", num(8), num(2))),
          arguments("\\log_{10}(x)", func("log", x(), num(10))),
          arguments("\\log_{\\sqrt{2}} 2", func("log", num(2), sqrt(2))),
          arguments("\\exp(x)", func("exp", x())),
          arguments("|x|", func("abs", x())),
          arguments("\\lvert x\\rvert", func("abs", x())),
          arguments("\\left| x \\right|", func("abs", x())),
          arguments("|3+4i|", func("abs", add(num(3), mul(num(4), i())))),
          arguments("\\lfloor x \\rfloor", func("floor", x())),
          arguments("\\lceil x\\rceil", func("ceil", x())),
          arguments("⌊x⌋", func("floor", x())),
          arguments("\\binom{n}{k}", func("binom", sym("n"), sym("k"))),
          arguments("\\dbinom{5}{2}", func("binom", num(5), num(2))),
          arguments("\\binom52", func("binom", num(5), num(2))),
          arguments("{n \\choose k}", func("binom", sym("n"), sym("k"))),
          arguments("\\gcd(4, 6)", func("gcd", num(4), num(6))),
          arguments("\\operatorname{lcm}(4,6)", func("lcm", num(4), num(6))),
          arguments("\\mathrm{lcm}(4,6)", func("lcm", num(4), num(6))),
          arguments("\\max(1,2)", func("max", num(1), num(2))),
          arguments("\\min(1,2)", func("min", num(1), num(2))),
          arguments("sqrt(2)/2", frac(sqrt(2), num(2))),
          arguments("log(8)", func("log", num(8))),
          arguments("sin(x)", func("sin", x())),
          arguments("asin(x)", func("arcsin", x())),
          arguments("2sin(x)", mul(num(2), func("sin", x()))),
          arguments("gcd(12, 18)", func("gcd", num(12), num(18))),
          arguments("abs(x)", func("abs", x())),
          arguments("2^{\\log_2 5}", pow(num(2), func("log", num(5), num(2)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class PercentCurrencyAndUnits {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("50\\%", percent(num(50))),
          arguments("50%", percent(num(50))),
          arguments("2.5 \\%", percent(num("2.5"))),
          arguments("-5\\%", neg(percent(num(5)))),
          arguments("20 \\text{ percent}", percent(num(20))),
          arguments("\\$5", ann(num(5), "$")),
          arguments("5\\$", ann(num(5), "$")),
          arguments("\\$1,000", ann(num("1000"), "$")),
          arguments("\\$ 18.90", ann(num("18.90"), "$")),
          arguments("$5", ann(num(5), "$")),
          arguments("-\\$5", ann(neg(5), "$")),
          arguments("\\$15 \\text{ per hour}", ann(num(15), "$ per hour")),
          arguments("10\\text{ cm}", ann(num(10), "cm")),
          arguments("10 \\mathrm{cm}", ann(num(10), "cm")),
          arguments("10\\ \\text{cm}^2", ann(num(10), "cm^2")),
          arguments("10\\text{ cm}^2", ann(num(10), "cm^2")),
          arguments("12 \\text{ apples}", ann(num(12), "apples")),
          arguments("\\text{12 apples}", ann(num(12), "apples")),
          arguments("5 cm", ann(num(5), "cm")),
          arguments("3 hours", ann(num(3), "hours")),
          arguments("5 min", ann(num(5), "min")),
          arguments("60 \\text{ km/h}", ann(num(60), "km/h")),
          arguments("60\\,\\mathrm{km/h}", ann(num(60), "km/h")),
          arguments("5 km/h", ann(num(5), "km/h")),
          arguments("9 \\mathrm{~cm}", ann(num(9), "cm")),
          arguments("1{,}500 \\text{ meters}", ann(num("1500"), "meters")),
          arguments("2x \\text{ cm}", ann(mul(num(2), x()), "cm")),
          arguments("\\text{The answer is } 5", ann(num(5), "The answer is")),
          arguments("The answer is 5", ann(num(5), "The answer is")),
          arguments("x = 5 \\text{ cm}", rel(x(), EQ, ann(num(5), "cm"))),
          arguments("x \\in [1, 2]", ann(interval('[', num(1), num(2), ']'), "x \\in")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class WordsAndChoices {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("yes", text("yes")),
          arguments("No", text("No")),
          arguments("\\text{yes}", text("yes")),
          arguments("\\text{ Yes }", text("Yes")),
          arguments("\\textbf{Sunday}", text("Sunday")),
          arguments("none", text("none")),
          arguments("no solution", text("no solution")),
          arguments("does not exist", text("does not exist")),
          arguments("DNE", text("DNE")),
          arguments("Alice", text("Alice")),
          arguments("\\text{(B)}", text("(B)")),
          arguments("\\textbf{(C)}", text("(C)")),
          arguments("\\text{B}", text("B")),
          arguments("\\mathrm{C}", text("C")),
          arguments("B", text("B")),
          arguments("(B)", text("(B)")),
          arguments("(A).", text("(A)")),
          arguments("$E$", text("E")),
          arguments("F", sym("F")),
          arguments("x", x()),
          arguments("n", sym("n")),
          arguments("\\mathbb{Z}", text("ℤ")),
          arguments("\\mathbf{v}", sym("v")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class Relations {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("x = 3", rel(x(), EQ, num(3))),
          arguments("x=-2", rel(x(), EQ, neg(2))),
          arguments("y = 2x + 1", rel(sym("y"), EQ, add(mul(num(2), x()), num(1)))),
          arguments("x \\le 3", rel(x(), LE, num(3))),
          arguments("x \\leq 3", rel(x(), LE, num(3))),
          arguments("x \\leqslant 3", rel(x(), LE, num(3))),
          arguments("x <= 3", rel(x(), LE, num(3))),
          arguments("x ≤ 3", rel(x(), LE, num(3))),
          arguments("x \\ge 3", rel(x(), GE, num(3))),
          arguments("x \\geq 3", rel(x(), GE, num(3))),
          arguments("x ≥ 3", rel(x(), GE, num(3))),
          arguments("x >= 3", rel(x(), GE, num(3))),
          arguments("x > 2", rel(x(), GT, num(2))),
          arguments("x \\gt 2", rel(x(), GT, num(2))),
          arguments("x < 2", rel(x(), LT, num(2))),
          arguments("x \\lt 2", rel(x(), LT, num(2))),
          arguments("x \\ne 2", rel(x(), NE, num(2))),
          arguments("x \\neq 2", rel(x(), NE, num(2))),
          arguments("x ≠ 2", rel(x(), NE, num(2))),
          arguments("x != 2", rel(x(), NE, num(2))),
          arguments("5!=120", rel(fact(num(5)), EQ, num(120))),
          arguments("\\pi \\approx 3.14", rel(pi(), APPROX, num("3.14"))),
          arguments("1 < x \\le 3", rel(num(1), LT, x(), LE, num(3))),
          arguments("-1 \\le x < 3", rel(neg(1), LE, x(), LT, num(3))),
          arguments("x^2+y^2=25", rel(add(pow(x(), 2), pow(sym("y"), 2)), EQ, num(25))),
          arguments("(a, b) = (3, 4)",
              rel(tuple(sym("a"), sym("b")), EQ, tuple(num(3), num(4)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class SetsIntervalsAndMatrices {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("\\{1, 2\\}", set(num(1), num(2))),
          arguments("\\lbrace 1,2 \\rbrace", set(num(1), num(2))),
          arguments("\\left\\{ 1, 2 \\right\\}", set(num(1), num(2))),
          arguments("\\{1\\}", set(num(1))),
          arguments("\\emptyset", set()),
          arguments("\\varnothing", set()),
          arguments("∅", set()),
          arguments("\\{\\}", set()),
          arguments("(1, 2)", tuple(num(1), num(2))),
          arguments("(1,2,3)", tuple(num(1), num(2), num(3))),
          arguments("[0, 1)", interval('[', num(0), num(1), ')')),
          arguments("(0, 1]", interval('(', num(0), num(1), ']')),
          arguments("[0,1]", interval('[', num(0), num(1), ']')),
          arguments("\\left[2, \\infty\\right)", interval('[', num(2), inf(), ')')),
          arguments("(-\\infty, 3]", interval('(', neg(inf()), num(3), ']')),
          arguments("\\langle 1, 2\\rangle", new Expr.Bracketed(
              List.of(num(1), num(2)), '<', '>')),
          arguments("\\left< 1, 2 \\right>", new Expr.Bracketed(
              List.of(num(1), num(2)), '<', '>')),
          arguments("(x)", x()),
          arguments("[x]", x()),
          arguments("(-\\infty, 0) \\cup (1, \\infty)", union(
              interval('(', neg(inf()), num(0), ')'), interval('(', num(1), inf(), ')'))),
          arguments("(-\\infty, 0) U (1, \\infty)", union(
              interval('(', neg(inf()), num(0), ')'), interval('(', num(1), inf(), ')'))),
          arguments("(-∞,0)∪(1,∞)", union(
              interval('(', neg(inf()), num(0), ')'), interval('(', num(1), inf(), ')'))),
          arguments("\\{1\\} \\cup [2, 3]", union(set(num(1)), interval('[', num(2), num(3), ']'))),
          arguments("\\mathbb{R}", reals()),
          arguments("\\mathbb R", reals()),
          arguments("ℝ", reals()),
          arguments("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
              matrix(row(num(1), num(2)), row(num(3), num(4)))),
          arguments("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\\\ \\end{bmatrix}",
              matrix(row(num(1), num(2)), row(num(3), num(4)))),
          arguments("\\begin{matrix} -1 \\\\ 3 \\end{matrix}", matrix(row(neg(1)), row(num(3)))),
          arguments("\\begin{array}{cc} 1 & 0 \\\\ 0 & 1 \\end{array}",
              matrix(row(num(1), num(0)), row(num(0), num(1)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class Lists {
    static Stream<Arguments> cases() {
      Expr x1 = rel(x(), EQ, num(1));
      Expr x2 = rel(x(), EQ, num(2));
      return Stream.of(
          arguments("1, 2", list(COMMA, num(1), num(2))),
          arguments("-2, 2", list(COMMA, neg(2), num(2))),
          arguments("x = 1, x = 2", list(COMMA, x1, x2)),
          arguments("1; 2", list(COMMA, num(1), num(2))),
          arguments("1, 2,", list(COMMA, num(1), num(2))),
          arguments("3 \\text{ or } 5", list(OR, num(3), num(5))),
          arguments("3 or 5", list(OR, num(3), num(5))),
          arguments("x=1 \\text{ and } x=2", list(AND, x1, x2)),
          arguments("x=1 and x=2", list(AND, x1, x2)),
          arguments("1, 2, and 3", list(AND, num(1), num(2), num(3))),
          arguments("x<1 \\text{ or } x>2", list(OR, rel(x(), LT, num(1)), rel(x(), GT, num(2)))),
          arguments("x_1 = 1, x_2 = 2",
              list(COMMA, rel(sym("x_1"), EQ, num(1)), rel(sym("x_2"), EQ, num(2)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class SymbolsAndDelimiters {
    static Stream<Arguments> cases() {
      return Stream.of(
          arguments("\\alpha", sym("alpha")),
          arguments("\\theta", sym("theta")),
          arguments("\\varepsilon", sym("epsilon")),
          arguments("θ", sym("theta")),
          arguments("\\Delta x", mul(sym("Delta"), x())),
          arguments("x_1", sym("x_1")),
          arguments("x_{12}", sym("x_12")),
          arguments("a_{n}", sym("a_n")),
          arguments("a_{n+1}", sym("a_{n+1}")),
          arguments("\\alpha_1", sym("alpha_1")),
          arguments("x_1^2", pow(sym("x_1"), 2)),
          arguments("e_1", sym("e_1")),
          arguments("$\\frac{1}{2}$", frac(1, 2)),
          arguments("$$x+1$$", add(x(), num(1))),
          arguments("\\(x+1\\)", add(x(), num(1))),
          arguments("\\[3\\]", num(3)),
          arguments("\\displaystyle \\frac{1}{2}", frac(1, 2)),
          arguments("\\boxed{5}", num(5)),
          arguments("\\left(\\frac{1}{2}\\right)", frac(1, 2)),
          arguments("\\big( x \\big)", x()),
          arguments("2\\,\\pi", mul(num(2), pi())),
          arguments("2\\!\\cdot\\! 3", mul(num(2), num(3))),
          arguments("2 \\quad", num(2)),
          arguments("x~=~3", rel(x(), EQ, num(3))),
          arguments("\u200B42\u00A0", num(42)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parse(String input, Expr expected) {
      assertParses(input, expected);
    }
  }

  @Nested
  class Errors {
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "", "   ", "$$", "\\left.", "\\sqrt{}", "()", "\\frac{1}", "1 +", "x =", "(1, 2",
        "\\{1, 2", "\\cdots", "\\int x dx", "eval('2+2')", "__import__('os')", "[x)", "\\sin",
        "\\begin{vmatrix} 1 & 2 \\\\ 3 & 4 \\end{vmatrix}",
        "\\begin{pmatrix} 1 & 2 \\\\ 3 \\end{pmatrix}", "@", "#", "x ==> y", "\\frac{}{}"})
    void reportsAnErrorInsteadOfATree(String input) {
      ParseResult result = MathAnswerParser.parse(input);
      assertThat(result.ok()).as("%s parses into %s", input, result.expr()).isFalse();
      assertThat(result.expr()).isNull();
      assertThat(result.errors()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void reportsNullAsNoAnswer() {
      assertThat(MathAnswerParser.parse(null).errors())
          .containsExactly(new ParseError("no answer", 0));
    }

    @Test
    void pointsAtTheColumnOfAnUnexpectedCharacter() {
      assertThat(MathAnswerParser.parse("1 + @").errors())
          .containsExactly(new ParseError("unexpected character '@'", 4));
    }

    @Test
    void namesAnUnsupportedCommand() {
      assertThat(MathAnswerParser.parse("\\int_0^1 x").errors().get(0).message())
          .isEqualTo("unsupported command \\int");
    }

    @Test
    void refusesNumbersOfMoreThanAThousandDigits() {
      assertThat(MathAnswerParser.parse("1".repeat(1000)).ok()).isTrue();
      assertThat(MathAnswerParser.parse("1".repeat(1001)).errors().get(0).message())
          .contains("more than 1000 digits");
      assertThat(MathAnswerParser.parse("x + " + "9".repeat(1001)).ok()).isFalse();
      assertThat(MathAnswerParser.parse("1e100000").ok()).isFalse();
      assertThat(MathAnswerParser.parse("1e1000").ok()).isTrue();
    }

    @Test
    void refusesAnswersLongerThanTheLimitAfterNormalisation() {
      String longest = "1+".repeat(MathAnswerParser.MAX_LENGTH / 2 - 1) + "1";
      assertThat(MathAnswerParser.parse(longest).ok()).isTrue();
      assertThat(MathAnswerParser.parse(longest + "+1").errors())
          .containsExactly(new ParseError("answer too long", 0));
      assertThat(MathAnswerParser.parse("\\,".repeat(10_000) + "1").ok()).isTrue();
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
      String deepest = "(".repeat(MathAnswerParser.MAX_DEPTH) + "x" + ")".repeat(100);
      assertThat(MathAnswerParser.parse(deepest).ok()).isTrue();
      assertThat(MathAnswerParser.parse("(" + deepest + ")").errors().get(0).message())
          .contains("nested more than 100 levels");
      assertThat(MathAnswerParser.parse("|".repeat(202) + "x").ok()).isFalse();
    }
  }

  @Nested
  class Results {
    @Test
    void isOkExactlyWhenThereIsATree() {
      ParseResult ok = MathAnswerParser.parse("1");
      assertThat(ok.ok()).isTrue();
      assertThat(ok.errors()).isEmpty();
      ParseResult failed = MathAnswerParser.parse("");
      assertThat(failed.ok()).isFalse();
      assertThat(failed.expr()).isNull();
    }

    @Test
    void refusesAResultWithBothOrNeither() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ParseResult(null, List.of()));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ParseResult(num(1),
              List.of(new ParseError("x", 0))));
    }
  }
}
