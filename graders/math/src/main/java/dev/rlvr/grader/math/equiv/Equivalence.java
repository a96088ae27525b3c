package dev.rlvr.grader.math.equiv;

import dev.rlvr.api.GradeCancelledException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.expr.Expr;
import java.util.Objects;

/**
 * Decides whether an answer equals the gold "as a careful mathematician would": by value, not
 * by form ({@code \frac{2}{4}} = 0.5, {@code \log_2 8} = 3, {@code (x+1)^2} = x^2 + 2x + 1), but
 * never by approximation of an exact gold (0.142857 is not 1/7, 3.14 is not pi), and with the
 * structure of sets, tuples, intervals, matrices, equations and inequalities respected.
 *
 * <p>How, in order of cost: identical trees are equal; two literals compare exactly; constant
 * expressions are evaluated exactly as (Gaussian) rationals where they are rational and to
 * {@link EquivalenceOptions#digits()} significant digits otherwise (a near miss gets a second
 * look at twice the digits, so {@code \sin\pi} is 0); expressions in free variables must agree
 * at seeded random rational points. The tolerance of the options applies only when the gold
 * contains a decimal literal.
 *
 * <p>Conventions where mathematicians differ: {@code \log x} with no base is the natural log;
 * odd roots of negative reals are real ({@code \sqrt[3]{-8} = -2}), other powers take
 * principal complex values ({@code \sqrt{-4} = 2i}); {@code 0^0 = 1}; a single value equals a
 * set or list of that one value; {@code a \pm b} is the set {a + b, a - b}.
 *
 * <p>Never throws except {@link GradeCancelledException}: trees deeper than {@value #MAX_DEPTH}
 * or larger than {@value #MAX_NODES} nodes, numbers too large to evaluate ({@code 10^{10^{10}}},
 * factorials above 2000) and undefined values (division by zero) are
 * {@link Comparison.Outcome#UNDECIDABLE}. Immutable and thread-safe.
 */
public final class Equivalence {
  /** The deepest tree compared. */
  public static final int MAX_DEPTH = 200;

  /** The largest tree compared, in nodes. */
  public static final int MAX_NODES = 20_000;

  private final Settings settings;

  /**
   * A checker with the given options.
   *
   * @param options the options; never null
   */
  public Equivalence(EquivalenceOptions options) {
    this(options, true);
  }

  /** A checker that can be told to look inside identical trees, for tests of the rest. */
  Equivalence(EquivalenceOptions options, boolean identityShortcut) {
    this.settings = Settings.of(Objects.requireNonNull(options, "options"), identityShortcut);
  }

  /**
   * The options of this checker.
   *
   * @return the options
   */
  public EquivalenceOptions options() {
    return settings.options();
  }

  /**
   * Compares an answer with the gold.
   *
   * @param gold the reference answer; null gives {@code UNDECIDABLE}
   * @param answer the model's answer; null gives {@code NOT_EQUAL}
   * @param context the grade's deadline, checked in every long loop; null means no deadline
   * @return the outcome, how it was decided, and what was compared
   * @throws GradeCancelledException when the context's deadline passes or it is cancelled
   */
  public Comparison compare(Expr gold, Expr answer, GradeContext context) {
    GradeContext ctx = context == null ? GradeContext.unlimited() : context;
    if (gold == null) {
      return Comparison.undecidable("input", "no gold expression");
    }
    if (answer == null) {
      return Comparison.notEqual("input", "no answer expression");
    }
    String goldTooBig = ExprTrees.tooBig(gold, MAX_DEPTH, MAX_NODES);
    if (goldTooBig != null) {
      return Comparison.undecidable("guard", "gold has " + goldTooBig);
    }
    String answerTooBig = ExprTrees.tooBig(answer, MAX_DEPTH, MAX_NODES);
    if (answerTooBig != null) {
      return Comparison.undecidable("guard", "answer has " + answerTooBig);
    }
    try {
      return new Comparer(settings, ctx).compare(gold, answer);
    } catch (GradeCancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      // A last guard: arithmetic libraries signal domain errors with exceptions.
      return Comparison.undecidable("error", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
