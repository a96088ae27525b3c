package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.util.List;
import java.util.Random;

/**
 * Prints a tree as an answer a model might write, in LaTeX or in plain text, choosing at random
 * among the spellings the parser accepts ({@code \frac} or {@code \dfrac}, {@code \cdot} or
 * {@code \times}, {@code \le} or {@code ≤}...). It brackets just enough for the text to parse
 * back into the same tree; {@link RandomExpr} only builds trees it knows how to print.
 */
final class ExprPrinter {

  private static final int SUM = 1;
  private static final int PRODUCT = 2;
  private static final int POWER = 4;

  private final Random random;
  private final boolean latex;

  ExprPrinter(Random random, boolean latex) {
    this.random = random;
    this.latex = latex;
  }

  /** The text of a whole answer. */
  String answer(Expr e) {
    String body = top(e);
    return switch (random.nextInt(8)) {
      case 0 -> "$" + body + "$";
      case 1 -> "\\(" + body + "\\)";
      case 2 -> " " + body + " ";
      default -> body;
    };
  }

  private String top(Expr e) {
    return switch (e) {
      case Expr.ExprList l -> joinItems(l.items(), switch (l.joiner()) {
        case COMMA -> pick(", ", "; ", " , ");
        case OR -> latex ? pick(" \\text{ or } ", " or ") : " or ";
        case AND -> latex ? pick(" \\text{ and } ", " and ") : " and ";
      });
      case Expr.Text t -> latex ? pick("\\text{", "\\textbf{", "\\mbox{") + t.text() + "}"
          : t.text();
      case Expr.Annotated a -> annotated(a);
      default -> item(e);
    };
  }

  private String annotated(Expr.Annotated a) {
    String value = print(a.value(), PRODUCT);
    if (!latex) {
      return value + " " + a.words();
    }
    return value + pick("\\text{ " + a.words() + "}", "\\ \\text{" + a.words() + "}",
        " \\mathrm{" + a.words() + "}");
  }

  private String joinItems(List<Expr> items, String separator) {
    StringBuilder out = new StringBuilder();
    for (Expr item : items) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(item(item));
    }
    return out.toString();
  }

  /** A relation, union or value: what a list or a bracket holds. */
  private String item(Expr e) {
    if (e instanceof Expr.Relation r) {
      StringBuilder out = new StringBuilder(union(r.operands().get(0)));
      for (int k = 0; k < r.operators().size(); k++) {
        out.append(relOp(r.operators().get(k))).append(union(r.operands().get(k + 1)));
      }
      return out.toString();
    }
    return union(e);
  }

  private String union(Expr e) {
    if (e instanceof Expr.Union u) {
      StringBuilder out = new StringBuilder();
      for (Expr part : u.parts()) {
        if (out.length() > 0) {
          out.append(latex ? pick(" \\cup ", "\\cup", " ∪ ") : pick(" U ", " \\cup "));
        }
        out.append(print(part, SUM));
      }
      return out.toString();
    }
    return print(e, 0);
  }

  private String relOp(Expr.RelOp op) {
    return switch (op) {
      case EQ -> pick(" = ", "=");
      case NE -> latex ? pick(" \\ne ", " \\neq ", " ≠ ") : " != ";
      case LT -> latex ? pick(" < ", " \\lt ") : " < ";
      case LE -> latex ? pick(" \\le ", " \\leq ", " ≤ ") : " <= ";
      case GT -> latex ? pick(" > ", " \\gt ") : " > ";
      case GE -> latex ? pick(" \\ge ", " \\geq ", " ≥ ") : " >= ";
      case APPROX -> pick(" \\approx ", " ≈ ");
    };
  }

  /** {@code e} where an operator of precedence {@code context} surrounds it. */
  private String print(Expr e, int context) {
    int own = precedence(e);
    String text = bare(e);
    return own < context ? group(text) : text;
  }

  private String group(String text) {
    return latex ? pick("(" + text + ")", "\\left(" + text + "\\right)", "{(" + text + ")}")
        : "(" + text + ")";
  }

  private static int precedence(Expr e) {
    return switch (e) {
      case Expr.Add a -> SUM;
      case Expr.PlusMinus p -> SUM;
      case Expr.Mul m -> PRODUCT;
      case Expr.Neg n -> PRODUCT;
      case Expr.Mixed m -> PRODUCT;
      case Expr.Pow p -> POWER;
      case Expr.Factorial f -> POWER;
      case Expr.Percent p -> POWER;
      case Expr.Degrees d -> POWER;
      default -> 9;
    };
  }

  private String bare(Expr e) {
    return switch (e) {
      case Expr.Num n -> n.text();
      case Expr.Sym s -> symbol(s.name());
      case Expr.Const c -> constant(c.kind());
      case Expr.Add a -> sum(a.terms());
      case Expr.PlusMinus p -> plusMinus(p);
      case Expr.Neg n -> "-" + print(n.operand(), 3);
      case Expr.Mul m -> product(m.factors());
      case Expr.Frac f -> fraction(f);
      case Expr.Mixed m -> latex ? m.whole().text() + fraction(m.fraction())
          : m.whole().text() + " " + print(m.fraction().numerator(), 9) + "/"
              + print(m.fraction().denominator(), 9);
      case Expr.Pow p -> power(p);
      case Expr.Root r -> root(r);
      case Expr.Func f -> function(f);
      case Expr.Factorial f -> print(f.operand(), 9) + "!";
      case Expr.Percent p -> print(p.value(), 9) + (latex ? pick("\\%", " \\%") : "%");
      case Expr.Degrees d -> print(d.value(), 9)
          + (latex ? pick("^\\circ", "^{\\circ}", "°", " ^ {\\circ}") : "°");
      case Expr.SetOf s -> s.elements().isEmpty() ? pick("\\emptyset", "\\varnothing", "\\{\\}")
          : pick("\\{", "\\left\\{", "\\lbrace ") + items(s.elements())
              + pick("\\}", "\\right\\}", "\\rbrace ");
      case Expr.Bracketed b -> bracketed(b);
      case Expr.Matrix m -> matrix(m);
      default -> "(" + item(e) + ")";
    };
  }

  private String symbol(String name) {
    int underscore = name.indexOf('_');
    String base = underscore < 0 ? name : name.substring(0, underscore);
    String printed = base.length() > 1 ? "\\" + base : base;
    if (underscore < 0) {
      return printed;
    }
    String sub = name.substring(underscore + 1);
    return printed + (latex && random.nextBoolean() ? "_{" + sub + "}" : "_" + sub);
  }

  private String constant(Expr.ConstKind kind) {
    return switch (kind) {
      case PI -> latex ? pick("\\pi", "\\pi ", "π") : "pi";
      case E -> latex ? pick("e", "\\mathrm{e}") : "e";
      case IMAGINARY_UNIT -> "i";
      case INFINITY -> latex ? pick("\\infty", "∞") : pick("inf", "infinity", "oo");
    };
  }

  private String sum(List<Expr> terms) {
    StringBuilder out = new StringBuilder(print(terms.get(0), SUM + 1));
    for (int k = 1; k < terms.size(); k++) {
      Expr term = terms.get(k);
      if (term instanceof Expr.Neg n) {
        out.append(pick(" - ", "-")).append(print(n.operand(), 3));
      } else {
        out.append(pick(" + ", "+")).append(print(term, SUM + 1));
      }
    }
    return out.toString();
  }

  private String plusMinus(Expr.PlusMinus p) {
    String sign = latex ? pick(" \\pm ", "\\pm ", " ± ") : pick(" +/- ", " ± ");
    String center = p.center() instanceof Expr.Num n && n.text().equals("0") && random.nextBoolean()
        ? "" : print(p.center(), SUM);
    return center + sign + print(p.offset(), SUM + 1);
  }

  /** Explicit operators throughout: juxtaposition is tested by the example cases. */
  private String product(List<Expr> factors) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < factors.size(); k++) {
      Expr f = factors.get(k);
      if (k > 0) {
        out.append(latex ? pick(" \\cdot ", " \\times ", "\\cdot ", " × ") : pick("*", " * "));
      }
      boolean needsGroup = f instanceof Expr.Neg || f instanceof Expr.Mul
          || f instanceof Expr.Mixed || (!latex && f instanceof Expr.Frac && k > 0);
      out.append(needsGroup ? group(bare(f)) : print(f, PRODUCT + 1));
    }
    return out.toString();
  }

  private String fraction(Expr.Frac f) {
    if (latex) {
      return pick("\\frac", "\\dfrac", "\\tfrac") + "{" + item(f.numerator()) + "}{"
          + item(f.denominator()) + "}";
    }
    Expr top = f.numerator();
    boolean groupTop = top instanceof Expr.Neg || precedence(top) < PRODUCT
        || top instanceof Expr.Mixed;
    String numerator = groupTop ? group(bare(top)) : print(top, PRODUCT);
    Expr bottom = f.denominator();
    boolean groupBottom = bottom instanceof Expr.Frac || precedence(bottom) < 9;
    return numerator + "/" + (groupBottom ? group(bare(bottom)) : bare(bottom));
  }

  private String power(Expr.Pow p) {
    String base = print(p.base(), 9);
    if (p.base() instanceof Expr.Func || p.base() instanceof Expr.Frac
        || p.base() instanceof Expr.Root) {
      base = group(bare(p.base()));
    }
    if (latex) {
      return base + "^{" + item(p.exponent()) + "}";
    }
    Expr exponent = p.exponent();
    boolean simple = exponent instanceof Expr.Num || exponent instanceof Expr.Sym s
        && s.name().length() == 1;
    return base + pick("^", "**") + (simple ? bare(exponent) : "(" + item(exponent) + ")");
  }

  private String root(Expr.Root r) {
    boolean square = r.index() instanceof Expr.Num n && n.text().equals("2");
    if (square && !latex) {
      return "sqrt(" + item(r.radicand()) + ")";
    }
    String index = square ? "" : "[" + item(r.index()) + "]";
    return "\\sqrt" + index + "{" + item(r.radicand()) + "}";
  }

  private String function(Expr.Func f) {
    String name = f.name();
    List<Expr> args = f.args();
    return switch (name) {
      case "abs" -> latex ? pick("|", "\\lvert ", "\\left|") + item(args.get(0))
          + pick("|", "\\rvert ", "\\right|") : "abs(" + item(args.get(0)) + ")";
      case "floor" -> "\\lfloor " + item(args.get(0)) + " \\rfloor ";
      case "ceil" -> "\\lceil " + item(args.get(0)) + " \\rceil ";
      case "binom" -> pick("\\binom", "\\dbinom") + "{" + item(args.get(0)) + "}{"
          + item(args.get(1)) + "}";
      case "log" -> args.size() == 2
          ? "\\log_{" + item(args.get(1)) + "}(" + item(args.get(0)) + ")"
          : (latex ? "\\log" : "log") + "(" + item(args.get(0)) + ")";
      default -> (latex ? (name.equals("lcm") ? "\\operatorname{lcm}" : "\\" + name) : name)
          + (latex && random.nextBoolean() ? "\\left(" + items(args) + "\\right)"
              : "(" + items(args) + ")");
    };
  }

  private String bracketed(Expr.Bracketed b) {
    if (b.open() == '<') {
      return pick("\\langle ", "\\left\\langle ") + items(b.items())
          + pick("\\rangle ", "\\right\\rangle ");
    }
    boolean left = latex && random.nextBoolean();
    return (left ? "\\left" : "") + b.open() + items(b.items()) + (left ? "\\right" : "")
        + b.close();
  }

  private String matrix(Expr.Matrix m) {
    String env = pick("pmatrix", "bmatrix", "matrix");
    StringBuilder out = new StringBuilder("\\begin{" + env + "} ");
    for (int r = 0; r < m.rows().size(); r++) {
      if (r > 0) {
        out.append(" \\\\ ");
      }
      List<Expr> row = m.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        out.append(c > 0 ? " & " : "").append(item(row.get(c)));
      }
    }
    return out.append(" \\end{").append(env).append('}').toString();
  }

  private String items(List<Expr> items) {
    return joinItems(items, pick(", ", ","));
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
