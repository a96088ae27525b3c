package dev.rlvr.grader.math.equiv;

import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.Const;
import dev.rlvr.grader.math.expr.Expr.ConstKind;
import dev.rlvr.grader.math.expr.Expr.Degrees;
import dev.rlvr.grader.math.expr.Expr.Frac;
import dev.rlvr.grader.math.expr.Expr.Matrix;
import dev.rlvr.grader.math.expr.Expr.Mul;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.Percent;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.Text;
import dev.rlvr.grader.math.expr.Expr.Union;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One comparison of a gold with an answer, and of their parts: picks the rule by the shapes of
 * the two trees and recurses into structures. Gold stays first at every level, since the
 * tolerance for inexact golds looks at the gold only. Not thread-safe; one per call of
 * {@link Equivalence#compare}.
 */
final class Comparer {
  /** Comparisons of parts (set elements against each other...) allowed in one call. */
  private static final int MAX_COMPARISONS = 100_000;

  private static final Expr PI_OVER_180 = new Frac(new Const(ConstKind.PI), Num.of(180));

  private final Settings settings;
  private final GradeContext context;
  private int comparisons;

  Comparer(Settings settings, GradeContext context) {
    this.settings = settings;
    this.context = context;
  }

  Settings settings() {
    return settings;
  }

  GradeContext context() {
    return context;
  }

  Evaluator evaluator(Precision p, Map<String, Rational> bindings) {
    return new Evaluator(p, bindings, context);
  }

  /** Compares a gold (sub)expression with an answer (sub)expression. */
  Comparison compare(Expr gold, Expr answer) {
    context.checkCancelled();
    if (++comparisons > MAX_COMPARISONS) {
      return Comparison.undecidable("guard", "more than " + MAX_COMPARISONS + " sub-comparisons");
    }
    Expr g = AbsoluteInequality.rewrite(ExprTrees.strip(gold));
    Expr a = AbsoluteInequality.rewrite(ExprTrees.strip(answer));
    Comparison choice = labelledChoice(gold, g, answer, a);
    if (choice != null) {
      return choice;
    }
    if (settings.identityShortcut() && g.equals(a)) {
      return Comparison.equal("identical", "the same expression");
    }
    if (g instanceof Text || a instanceof Text) {
      return Texts.compare(this, g, a);
    }
    if (Intervals.applies(g, a)) {
      Comparison r = Intervals.compare(this, g, a);
      if (r != null) {
        return r;
      }
    }
    if (g instanceof Relation || a instanceof Relation) {
      return Relations.compare(this, g, a);
    }
    if (Sets.applies(g, a)) {
      return Sets.compare(this, g, a);
    }
    if (isStructure(g) || isStructure(a)) {
      return Structures.compare(this, g, a);
    }
    if (g instanceof Percent || a instanceof Percent) {
      return percent(g, a);
    }
    if (g instanceof Degrees || a instanceof Degrees) {
      return degrees(g, a);
    }
    int sg = ExprTrees.infinitySign(g);
    int sa = ExprTrees.infinitySign(a);
    if (sg != 0 || sa != 0) {
      return sg == sa
          ? Comparison.equal("infinity", infinity(sg) + " on both sides")
          : Comparison.notEqual("infinity", infinity(sg) + " against " + infinity(sa));
    }
    return Scalars.compare(this, g, a);
  }

  private static String infinity(int sign) {
    return sign > 0 ? "infinity" : sign < 0 ? "minus infinity" : "a finite value";
  }

  /**
   * A multiple-choice letter against an answer labelled with one, as AMC answers are written
   * ({@code \textbf{(B) }12} for gold {@code B}): the letters decide. Null when not that case.
   */
  private static Comparison labelledChoice(Expr gold, Expr g, Expr answer, Expr a) {
    String goldLetter = g instanceof Text t ? Texts.choiceLetter(t.text()) : labelLetter(gold);
    String answerLetter = a instanceof Text t ? Texts.choiceLetter(t.text()) : labelLetter(answer);
    boolean oneIsLabelled = labelLetter(gold) != null || labelLetter(answer) != null;
    if (!oneIsLabelled || goldLetter == null || answerLetter == null) {
      return null;
    }
    return goldLetter.equals(answerLetter)
        ? Comparison.equal("text", "choice " + goldLetter)
        : Comparison.notEqual("text", "choice " + answerLetter + " != " + goldLetter);
  }

  private static String labelLetter(Expr e) {
    return e instanceof Expr.Annotated an ? Texts.choiceLetter(an.words()) : null;
  }

  /** A number literal or fraction of literals strictly between -1 and 1, such as 0.4 or 1/4. */
  private static boolean isFractionLiteral(Expr e) {
    Expr inner = e instanceof Neg n ? n.operand() : e;
    if (inner instanceof Frac f && f.numerator() instanceof Num top && f.denominator() instanceof Num bottom) {
      return top.value().signum() != 0 && top.value().abs().compareTo(bottom.value().abs()) < 0;
    }
    return inner instanceof Num num && num.value().abs().compareTo(java.math.BigDecimal.ONE) < 0
        && num.value().signum() != 0;
  }

  private static boolean isStructure(Expr e) {
    return e instanceof Bracketed || e instanceof Matrix || e instanceof Union;
  }

  /** A percentage against a percentage, or against a plain value under the policy. */
  private Comparison percent(Expr g, Expr a) {
    if (g instanceof Percent pg && a instanceof Percent pa) {
      return compare(pg.value(), pa.value()).as("percent");
    }
    boolean goldIsPercent = g instanceof Percent;
    Expr inner = goldIsPercent ? ((Percent) g).value() : ((Percent) a).value();
    Expr value = new Frac(inner, Num.of(100));
    PercentPolicy policy = settings.options().percent();
    Comparison byValue = null;
    if (policy != PercentPolicy.IGNORE_SIGN) {
      byValue = goldIsPercent ? compare(value, a) : compare(g, value);
      if (byValue.isEqual()) {
        return byValue.as("percent");
      }
    }
    Comparison bySign = null;
    // A sign added to a gold below 1 changes its meaning: 0.4 is a fraction, 0.4% is not it.
    if (policy != PercentPolicy.VALUE && (goldIsPercent || !isFractionLiteral(g))) {
      bySign = goldIsPercent ? compare(inner, a) : compare(g, inner);
      if (bySign.isEqual()) {
        return bySign.as(goldIsPercent ? "percent (sign dropped)" : "percent (sign added)");
      }
    }
    return eitherFailure(
        "percent", "policy " + policy.name().toLowerCase(Locale.ROOT), byValue, bySign);
  }

  /** An angle in degrees against one in degrees, a plain number or (if allowed) radians. */
  private Comparison degrees(Expr g, Expr a) {
    if (g instanceof Degrees dg && a instanceof Degrees da) {
      return compare(dg.value(), da.value()).as("degrees");
    }
    boolean goldIsDegrees = g instanceof Degrees;
    Expr inner = goldIsDegrees ? ((Degrees) g).value() : ((Degrees) a).value();
    Comparison bySign = goldIsDegrees ? compare(inner, a) : compare(g, inner);
    if (bySign.isEqual()) {
      return bySign.as("degrees (sign " + (goldIsDegrees ? "dropped)" : "added)"));
    }
    Comparison byRadians = null;
    if (settings.options().degreesEqualRadians()) {
      Expr radians = new Mul(List.of(inner, PI_OVER_180));
      byRadians = goldIsDegrees ? compare(radians, a) : compare(g, radians);
      if (byRadians.isEqual()) {
        return byRadians.as("degrees as radians");
      }
    }
    return eitherFailure("degrees", "neither as degrees nor as radians", bySign, byRadians);
  }

  /** Undecidable when either reading was, else not equal. */
  private static Comparison eitherFailure(
      String method, String detail, Comparison first, Comparison second) {
    for (Comparison c : new Comparison[] {first, second}) {
      if (c != null && c.outcome() == Comparison.Outcome.UNDECIDABLE) {
        return c.as(method);
      }
    }
    Comparison shown = first != null ? first : second;
    return Comparison.notEqual(method, detail + (shown == null ? "" : "; " + shown.detail()));
  }
}
