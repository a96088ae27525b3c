package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.parser.MathAnswer.BareArgsContext;
import dev.rlvr.grader.math.parser.MathAnswer.FunctionContext;
import dev.rlvr.grader.math.parser.MathAnswer.ParenArgsContext;
import dev.rlvr.grader.math.parser.MathAnswer.SmallNumberContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a function application: {@code \sin x}, {@code \sin(x)}, {@code sin(x)},
 * {@code \log_2 8} ({@code log [8, 2]}), {@code \sin^2 x} ({@code (\sin x)^2}),
 * {@code \sin^{-1} x} ({@code arcsin x}), {@code \gcd(4, 6)}. A plain function word with no
 * argument ({@code 5 min}, {@code 30 sec}) is a word.
 */
final class FunctionBuilder {

  private static final Set<String> TRIG = Set.of("sin", "cos", "tan", "cot", "sec", "csc");

  private final AstBuilder builder;

  FunctionBuilder(AstBuilder builder) {
    this.builder = builder;
  }

  /**
   * The function application of a parse tree.
   *
   * @param ctx the function rule
   * @return the tree
   * @throws AnswerSyntaxException for a function without argument or a base on a function
   *     other than log
   */
  Expr build(FunctionContext ctx) {
    String written = ctx.FUNC().getText();
    boolean latex = written.startsWith("\\");
    String name = canonical(latex ? written.substring(1) : written);
    int column = AstBuilder.column(ctx);
    if (ctx.functionArgs() == null) {
      return withoutArgument(ctx, written, name, latex, column);
    }
    List<Expr> args = arguments(ctx);
    if (ctx.smallAtom() != null) {
      if (!name.equals("log")) {
        throw new AnswerSyntaxException("only log takes a base: " + written, column);
      }
      args.add(builder.visit(ctx.smallAtom()));
    }
    return raise(new Expr.Func(name, args), ctx);
  }

  /** {@code \log_28} is log base 2 of 8 (as LaTeX reads it); {@code 5 min} is a word. */
  private Expr withoutArgument(FunctionContext ctx, String written, String name, boolean latex,
      int column) {
    if (name.equals("log") && ctx.smallAtom() instanceof SmallNumberContext base
        && ctx.exponent() == null) {
      String digits = base.NUMBER().getText();
      if (digits.length() >= 2 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        Expr.Num b = new Expr.Num(new BigDecimal(digits.substring(0, 1)), digits.substring(0, 1));
        Expr.Num x = NumberLiteral.parse(digits.substring(1), column);
        return new Expr.Func("log", List.of(x, b));
      }
    }
    if (!latex && ctx.smallAtom() == null && ctx.exponent() == null) {
      return new Expr.Text(written);
    }
    throw new AnswerSyntaxException("missing argument of " + written, column);
  }

  private List<Expr> arguments(FunctionContext ctx) {
    if (ctx.functionArgs() instanceof ParenArgsContext paren) {
      return new ArrayList<>(builder.parenArguments(paren));
    }
    List<Expr> args = new ArrayList<>(2);
    args.add(builder.bareArgument((BareArgsContext) ctx.functionArgs()));
    return args;
  }

  /** {@code \sin^2 x} squares the value; {@code \sin^{-1} x} is the inverse function. */
  private Expr raise(Expr.Func f, FunctionContext ctx) {
    if (ctx.exponent() == null) {
      return f;
    }
    Expr exponent = builder.visit(ctx.exponent());
    if (TRIG.contains(f.name()) && exponent.equals(new Expr.Neg(Expr.Num.of(1)))) {
      return new Expr.Func("arc" + f.name(), f.args());
    }
    return new Expr.Pow(f, exponent);
  }

  private static String canonical(String name) {
    return switch (name) {
      case "asin" -> "arcsin";
      case "acos" -> "arccos";
      case "atan" -> "arctan";
      default -> name;
    };
  }
}
