package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds the factors of one product, written or implicit, into a tree, left to right: explicit
 * and implicit multiplication bind alike, so {@code a b / c d} is {@code ((a b) / c) d}.
 *
 * <p>On the way it separates words from values ({@code 10\text{ cm}}, {@code \$5},
 * {@code 3 hours}: the value with its words is an {@link Expr.Annotated}, words alone a
 * {@link Expr.Text}), reads {@code 45 degrees} as {@link Expr.Degrees} and {@code 20 percent}
 * as {@link Expr.Percent}, keeps units after a slash together ({@code 5 km/h}), and joins an integer
 * literal written right before a fraction of integer literals into a {@link Expr.Mixed}
 * ({@code 2\frac{1}{2}}, and plain text {@code 2 1/2} when that is the whole product). Not
 * thread-safe; one instance per product.
 */
final class ProductFolder {

  /** How a factor is joined to the one before it. */
  enum Op {
    /** The first factor, or juxtaposition. */
    IMPLICIT,
    /** {@code \cdot}, {@code \times}, {@code *}. */
    TIMES,
    /** {@code /}, {@code \div}. */
    DIV
  }

  /**
   * One factor.
   *
   * @param op how it is joined to the previous factor
   * @param expr the factor
   * @param spliced the factors to multiply in instead of {@code expr} (letters {@code xy}), or
   *     null
   * @param integerLiteral a bare integer literal
   * @param fractionOfIntegers a bare fraction of two integer literals
   * @param column where it starts
   */
  record Factor(Op op, Expr expr, List<Expr> spliced, boolean integerLiteral,
      boolean fractionOfIntegers, int column) {}

  private static final Set<String> DEGREE_WORDS = Set.of("degrees", "degree", "deg", "\u00B0");

  private static final Set<String> PERCENT_WORDS = Set.of("percent", "per cent", "%");

  private final List<Factor> factors = new ArrayList<>(4);

  /**
   * Adds the next factor.
   *
   * @param factor the factor, not null
   */
  void add(Factor factor) {
    factors.add(factor);
  }

  /**
   * The product as a tree.
   *
   * @return the tree
   * @throws AnswerSyntaxException if a division has nothing to divide
   */
  Expr fold() {
    List<Factor> items = mixedNumbers(factors);
    List<String> words = new ArrayList<>(2);
    List<Expr> run = new ArrayList<>(items.size());
    boolean afterWord = false;
    for (Factor f : items) {
      Expr e = f.expr();
      String unit = f.op() == Op.DIV && afterWord ? unitText(e) : null;
      if (unit != null) {
        words.set(words.size() - 1, words.get(words.size() - 1) + "/" + unit);
        continue;
      }
      afterWord = e instanceof Expr.Text;
      if (e instanceof Expr.Text t) {
        words.add(f.op() == Op.DIV ? "/" + t.text() : t.text());
        continue;
      }
      if (e instanceof Expr.Annotated a) {
        words.add(a.words());
        e = a.value();
      }
      if (f.op() == Op.DIV) {
        if (run.isEmpty()) {
          throw new AnswerSyntaxException("nothing before the division", f.column());
        }
        Expr quotient = new Expr.Frac(product(run), e);
        run.clear();
        run.add(quotient);
      } else if (f.spliced() != null && e == f.expr()) {
        run.addAll(f.spliced());
      } else {
        run.add(e);
      }
    }
    if (run.isEmpty()) {
      return new Expr.Text(join(words));
    }
    Expr value = product(run);
    return words.isEmpty() ? value : annotate(value, join(words));
  }

  /**
   * A value with words: degrees for {@code degrees}, else an {@link Expr.Annotated} (merging
   * the words of an annotated value).
   *
   * @param value the value
   * @param words the words
   * @return the annotated value
   */
  static Expr annotate(Expr value, String words) {
    if (value instanceof Expr.Annotated a) {
      return annotate(a.value(), a.words() + " " + words);
    }
    String lower = words.strip().toLowerCase(Locale.ROOT);
    if (DEGREE_WORDS.contains(lower)) {
      return new Expr.Degrees(value);
    }
    if (PERCENT_WORDS.contains(lower)) {
      return new Expr.Percent(value);
    }
    return new Expr.Annotated(value, words);
  }

  /**
   * One factor as itself, several as a product.
   *
   * @param run one or more factors
   * @return the product
   */
  static Expr product(List<Expr> run) {
    return run.size() == 1 ? run.get(0) : new Expr.Mul(run);
  }

  /** A unit after a slash: {@code km/h}, {@code m/s^2}; null for anything else. */
  private static String unitText(Expr e) {
    return switch (e) {
      case Expr.Text t -> t.text();
      case Expr.Sym s -> s.name();
      case Expr.Pow p when p.exponent() instanceof Expr.Num n && unitText(p.base()) != null ->
          unitText(p.base()) + "^" + n.text();
      default -> null;
    };
  }

  private static String join(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0 && !w.startsWith("/")) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  private static List<Factor> mixedNumbers(List<Factor> factors) {
    if (factors.size() == 3 && plainTextMixed(factors)) {
      Expr.Num whole = (Expr.Num) factors.get(0).expr();
      Expr.Frac fraction = new Expr.Frac(factors.get(1).expr(), factors.get(2).expr());
      return List.of(new Factor(Op.IMPLICIT, new Expr.Mixed(whole, fraction), null, false, false,
          factors.get(0).column()));
    }
    int n = factors.size();
    List<Factor> out = null;
    for (int k = 0; k < n; k++) {
      Factor f = factors.get(k);
      Factor next = k + 1 < n ? factors.get(k + 1) : null;
      if (next != null && f.integerLiteral() && next.fractionOfIntegers()
          && next.op() == Op.IMPLICIT) {
        if (out == null) {
          out = new ArrayList<>(factors.subList(0, k));
        }
        out.add(new Factor(f.op(), mixed((Expr.Num) f.expr(), next.expr()), null, false, false,
            f.column()));
        k++;
      } else if (out != null) {
        out.add(f);
      }
    }
    return out == null ? factors : out;
  }

  /** The mixed number; a percent or degree sign after its fraction applies to all of it. */
  private static Expr mixed(Expr.Num whole, Expr fraction) {
    return switch (fraction) {
      case Expr.Percent p -> new Expr.Percent(new Expr.Mixed(whole, (Expr.Frac) p.value()));
      case Expr.Degrees d -> new Expr.Degrees(new Expr.Mixed(whole, (Expr.Frac) d.value()));
      default -> new Expr.Mixed(whole, (Expr.Frac) fraction);
    };
  }

  /** {@code 2 1/2}: three integer literals, juxtaposed, then divided. */
  private static boolean plainTextMixed(List<Factor> f) {
    return f.get(0).integerLiteral() && f.get(1).integerLiteral() && f.get(2).integerLiteral()
        && f.get(1).op() == Op.IMPLICIT && f.get(2).op() == Op.DIV;
  }
}
