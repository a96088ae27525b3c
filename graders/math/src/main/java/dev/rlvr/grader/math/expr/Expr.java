package dev.rlvr.grader.math.expr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The math grader's own syntax tree of an answer, built by the parser from LaTeX or plain text
 * and read by the equivalence checker. Parse-tree types of the generated ANTLR parser never leave
 * the parser package; this is what they become.
 *
 * <p>The tree keeps what the answer wrote, not a normal form: {@code \frac{2}{4}} stays a
 * {@link Frac} of two numbers, and {@code 0.50} keeps its text, so the checker can tell an exact
 * gold from an inexact one and report what it compared. Every node is an immutable record.
 */
public sealed interface Expr {

  /**
   * A number literal as written: {@code 3}, {@code 0.50}, {@code 1e-3}, {@code 1,000}.
   *
   * @param value its exact value
   * @param text the literal as written (thousands separators removed)
   */
  record Num(BigDecimal value, String text) implements Expr {
    public Num {
      Objects.requireNonNull(value, "value");
      text = text == null ? value.toPlainString() : text;
    }

    /** A literal written with a decimal point or an exponent (possibly an approximation). */
    public boolean isDecimalLiteral() {
      return text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }

    /** A whole number. */
    public static Num of(long value) {
      return new Num(BigDecimal.valueOf(value), Long.toString(value));
    }
  }

  /**
   * A variable or other symbol: {@code x}, {@code x_1}, {@code \theta} (named {@code theta}).
   *
   * @param name the name, without backslash
   */
  record Sym(String name) implements Expr {
    public Sym {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A named constant.
   *
   * @param kind which one
   */
  record Const(ConstKind kind) implements Expr {
    public Const {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** The constants answers use. */
  enum ConstKind {
    /** {@code \pi}. */
    PI,
    /** Euler's number {@code e}. */
    E,
    /** {@code \infty}. */
    INFINITY,
    /** The imaginary unit {@code i}. */
    IMAGINARY_UNIT
  }

  /**
   * A sum; subtraction is a {@link Neg} term.
   *
   * @param terms two or more terms
   */
  record Add(List<Expr> terms) implements Expr {
    public Add {
      terms = List.copyOf(terms);
    }
  }

  /**
   * A product, written or implicit ({@code 2\pi r}, {@code 3x}, {@code 2 \cdot 3}).
   *
   * @param factors two or more factors
   */
  record Mul(List<Expr> factors) implements Expr {
    public Mul {
      factors = List.copyOf(factors);
    }
  }

  /**
   * A negation, {@code -x}.
   *
   * @param operand what is negated
   */
  record Neg(Expr operand) implements Expr {
    public Neg {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /**
   * A quotient: {@code \frac{a}{b}}, {@code \dfrac}, {@code a/b}, {@code a \div b}.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   */
  record Frac(Expr numerator, Expr denominator) implements Expr {
    public Frac {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }
  }

  /**
   * A mixed number, {@code 2\frac{1}{2}} (= 5/2): a whole number written before a numeric
   * fraction with no operator.
   *
   * @param whole the whole part (not negative)
   * @param fraction the fractional part
   */
  record Mixed(Num whole, Frac fraction) implements Expr {
    public Mixed {
      Objects.requireNonNull(whole, "whole");
      Objects.requireNonNull(fraction, "fraction");
    }
  }

  /**
   * A power, {@code a^b}.
   *
   * @param base the base
   * @param exponent the exponent
   */
  record Pow(Expr base, Expr exponent) implements Expr {
    public Pow {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(exponent, "exponent");
    }
  }

  /**
   * A root, {@code \sqrt{x}} (index 2) or {@code \sqrt[n]{x}}.
   *
   * @param radicand what is under the root
   * @param index the root's index
   */
  record Root(Expr radicand, Expr index) implements Expr {
    public Root {
      Objects.requireNonNull(radicand, "radicand");
      Objects.requireNonNull(index, "index");
    }
  }

  /**
   * A function application. Names are lower case without backslash: {@code sin cos tan cot sec
   * csc arcsin arccos arctan sinh cosh tanh exp ln log abs floor ceil binom gcd lcm max min}.
   * {@code \log_b x} is {@code log} with arguments {@code [x, b]}; plain {@code \log x} has one
   * argument; {@code |x|} is {@code abs}; {@code \binom{n}{k}} is {@code binom [n, k]}.
   *
   * @param name the function
   * @param args its arguments
   */
  record Func(String name, List<Expr> args) implements Expr {
    public Func {
      Objects.requireNonNull(name, "name");
      args = List.copyOf(args);
    }
  }

  /**
   * A factorial, {@code n!}.
   *
   * @param operand the number
   */
  record Factorial(Expr operand) implements Expr {
    public Factorial {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /**
   * A percentage, {@code 50\%}.
   *
   * @param value the number before the percent sign
   */
  record Percent(Expr value) implements Expr {
    public Percent {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An angle in degrees, {@code 30^\circ} or {@code 30°}.
   *
   * @param value the number of degrees
   */
  record Degrees(Expr value) implements Expr {
    public Degrees {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * {@code a \pm b} (two values); a leading {@code \pm b} has center 0.
   *
   * @param center the value before the sign
   * @param offset the value after it
   */
  record PlusMinus(Expr center, Expr offset) implements Expr {
    public PlusMinus {
      Objects.requireNonNull(center, "center");
      Objects.requireNonNull(offset, "offset");
    }
  }

  /**
   * An equation or inequality, possibly chained: {@code x = 3}, {@code 1 < x \le 3}.
   *
   * @param operands n operands
   * @param operators n - 1 operators between them
   */
  record Relation(List<Expr> operands, List<RelOp> operators) implements Expr {
    public Relation {
      operands = List.copyOf(operands);
      operators = List.copyOf(operators);
      if (operands.size() != operators.size() + 1 || operators.isEmpty()) {
        throw new IllegalArgumentException("a relation needs n operands and n - 1 operators");
      }
    }
  }

  /** Relation operators. */
  enum RelOp {
    /** {@code =}. */
    EQ,
    /** {@code \ne}. */
    NE,
    /** {@code <}. */
    LT,
    /** {@code \le}. */
    LE,
    /** {@code >}. */
    GT,
    /** {@code \ge}. */
    GE,
    /** {@code \approx}. */
    APPROX
  }

  /**
   * A set written with braces, {@code \{1, 2\}}; {@code \emptyset} is the empty set.
   *
   * @param elements its elements, in written order
   */
  record SetOf(List<Expr> elements) implements Expr {
    public SetOf {
      elements = List.copyOf(elements);
    }
  }

  /**
   * Comma-separated items in brackets: a tuple, a point or an interval, which only the other
   * side of a comparison can tell apart: {@code (1, 2)} is a tuple or an open interval,
   * {@code [0, 1)} an interval, {@code \langle 1, 2 \rangle} a vector. A single parenthesised
   * expression is plain grouping and is not a {@code Bracketed}.
   *
   * @param items two or more items
   * @param open {@code (}, {@code [} or {@code <} (angle bracket)
   * @param close {@code )}, {@code ]} or {@code >}
   */
  record Bracketed(List<Expr> items, char open, char close) implements Expr {
    public Bracketed {
      items = List.copyOf(items);
    }
  }

  /**
   * A union of sets or intervals, {@code (-\infty, 0) \cup (1, \infty)}.
   *
   * @param parts two or more parts
   */
  record Union(List<Expr> parts) implements Expr {
    public Union {
      parts = List.copyOf(parts);
    }
  }

  /**
   * A matrix or column vector ({@code pmatrix}, {@code bmatrix}, {@code matrix}...).
   *
   * @param rows rows of equal length
   */
  record Matrix(List<List<Expr>> rows) implements Expr {
    public Matrix {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Words that are not math: {@code \text{yes}}, {@code B}, {@code (B)} of a multiple choice.
   *
   * @param text the words, as written (inner whitespace collapsed)
   */
  record Text(String text) implements Expr {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A value with words around it: a unit or a label ({@code 10\text{ cm}}, {@code \$5},
   * {@code 12 \text{ apples}}). The checker compares the value and ignores the words.
   *
   * @param value the math
   * @param words the words, as written
   */
  record Annotated(Expr value, String words) implements Expr {
    public Annotated {
      Objects.requireNonNull(value, "value");
      words = words == null ? "" : words;
    }
  }

  /**
   * Top-level items not in brackets: {@code 1, 2}, {@code x = 1 \text{ or } x = 2},
   * {@code 3 \text{ and } 5}.
   *
   * @param items two or more items
   * @param joiner how they were joined
   */
  record ExprList(List<Expr> items, Joiner joiner) implements Expr {
    public ExprList {
      items = List.copyOf(items);
      Objects.requireNonNull(joiner, "joiner");
    }
  }

  /** How the items of an {@link ExprList} were joined. */
  enum Joiner {
    /** Commas or semicolons. */
    COMMA,
    /** "or": alternatives. */
    OR,
    /** "and". */
    AND
  }
}
