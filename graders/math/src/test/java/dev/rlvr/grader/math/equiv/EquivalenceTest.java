package dev.rlvr.grader.math.equiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.GradeCancelledException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.equiv.Comparison.Outcome;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Add;
import dev.rlvr.grader.math.expr.Expr.Frac;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.SetOf;
import dev.rlvr.grader.math.expr.Expr.Text;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EquivalenceTest {
  private static final Equivalence CHECKER = new Equivalence(EquivalenceOptions.defaults());
  private static final GradeContext UNLIMITED = GradeContext.unlimited();

  private static Comparison compare(String gold, String answer) {
    return CHECKER.compare(Sx.parse(gold), Sx.parse(answer), UNLIMITED);
  }

  @Nested
  class Methods {
    @Test
    void reportsHowEachCaseWasDecided() {
      assertThat(compare("(/ 1 2)", "0.5").method()).isEqualTo("exact rational");
      assertThat(compare("12345", "12346").method()).isEqualTo("exact rational");
      assertThat(compare("(+ 3 (* 4 i))", "(+ (* 4 i) 3)").method()).isEqualTo("exact complex");
      assertThat(compare("(/ (sqrt 2) 2)", "(/ 1 (sqrt 2))").method())
          .isEqualTo("numeric 40 digits");
      assertThat(compare("(* 2 pi r)", "(* 2 r pi)").method()).isEqualTo("random points (r)");
      assertThat(compare("(set 1 2)", "(set 2 1)").method()).isEqualTo("set");
      assertThat(compare("(tuple 1 2)", "(tuple 1 2.0)").method()).isEqualTo("tuple");
      assertThat(compare("(iv \"[)\" 0 1)", "(iv \"[)\" 0 1.0)").method()).isEqualTo("interval");
      assertThat(compare("(> x 2)", "(tuple 2 inf)").method()).isEqualTo("inequality vs interval");
      assertThat(compare("(matrix (1 2))", "(matrix (1 2.0))").method()).isEqualTo("matrix");
      assertThat(compare("(= (^ x 2) 4)", "(= (- (^ x 2) 4) 0)").method()).isEqualTo("equation");
      assertThat(compare("(pm 1 2)", "(pm 1 -2)").method()).isEqualTo("plus-minus");
      assertThat(compare("(text \"yes\")", "(text \"Yes.\")").method()).isEqualTo("text");
      assertThat(compare("(% 50)", "0.5").method()).isEqualTo("percent");
      assertThat(compare("(deg 30)", "(/ pi 6)").method()).isEqualTo("degrees as radians");
      assertThat(compare("(sin pi)", "0").method()).isEqualTo("numeric 90 digits");
      assertThat(compare("x", "x").method()).isEqualTo("identical");
    }

    @Test
    void detailsSayWhatDiffered() {
      assertThat(compare("(/ 1 7)", "0.142857").detail()).isEqualTo("1/7 != 142857/1000000");
      assertThat(compare("(set 1 2)", "(set 1 3)").detail()).contains("gold's 2");
      assertThat(compare("(^ x 2)", "(^ x 3)").detail()).startsWith("at {x=");
    }
  }

  @Nested
  class Guards {
    @Test
    void refusesTreesNestedTooDeeply() {
      Expr deep = Num.of(1);
      for (int i = 0; i < 1000; i++) {
        deep = new Frac(Num.of(1), new Add(List.of(Num.of(1), deep)));
      }
      Comparison c = CHECKER.compare(deep, deep, UNLIMITED);
      assertThat(c.outcome()).isEqualTo(Outcome.UNDECIDABLE);
      assertThat(c.detail()).contains("nested deeper than");
    }

    @Test
    void measuresEvenAHundredThousandLevelsWithoutOverflowingTheStack() {
      Expr deep = Num.of(1);
      for (int i = 0; i < 100_000; i++) {
        deep = new SetOf(List.of(deep));
      }
      assertThat(CHECKER.compare(Num.of(1), deep, UNLIMITED).outcome())
          .isEqualTo(Outcome.UNDECIDABLE);
    }

    @Test
    void comparesTreesJustInsideTheDepthLimit() {
      Expr sets = Num.of(1);
      Expr fracs = Num.of(1);
      for (int i = 0; i < Equivalence.MAX_DEPTH / 2 - 2; i++) {
        sets = new SetOf(List.of(sets));
        fracs = new Frac(Num.of(1), new Add(List.of(Num.of(1), fracs)));
      }
      Equivalence noShortcut = new Equivalence(EquivalenceOptions.defaults(), false);
      assertThat(noShortcut.compare(sets, sets, UNLIMITED).outcome()).isEqualTo(Outcome.EQUAL);
      assertThat(noShortcut.compare(fracs, fracs, UNLIMITED).outcome()).isEqualTo(Outcome.EQUAL);
    }

    @Test
    void refusesHugeTrees() {
      List<Expr> terms = new ArrayList<>();
      for (int i = 0; i < 50_000; i++) {
        terms.add(Num.of(i));
      }
      Comparison c = CHECKER.compare(Num.of(1), new Add(terms), UNLIMITED);
      assertThat(c.outcome()).isEqualTo(Outcome.UNDECIDABLE);
      assertThat(c.detail()).contains("nodes");
    }

    @Test
    void refusesNumbersTooLargeToEvaluate() {
      assertThat(compare("(^ 10 (^ 10 10))", "5").outcome()).isEqualTo(Outcome.UNDECIDABLE);
      assertThat(compare("(^ (! 1000) (! 1000))", "(^ (! 1000) (! 999))").outcome())
          .isEqualTo(Outcome.UNDECIDABLE);
      assertThat(compare("(! 2001)", "5").detail()).contains("factorial above 2000");
      assertThat(compare("(binom 1000000000 500000000)", "5").outcome())
          .isEqualTo(Outcome.UNDECIDABLE);
      assertThat(compare("(exp (^ 10 10))", "5").outcome()).isEqualTo(Outcome.UNDECIDABLE);
      assertThat(compare("(sin (^ 10 100))", "0").outcome()).isEqualTo(Outcome.UNDECIDABLE);
      assertThat(compare("(^ x 10000000000)", "(^ x 10000000000.0)").outcome())
          .isEqualTo(Outcome.UNDECIDABLE);
    }

    @Test
    void keepsBigButFeasibleNumbersExactOrApproximate() {
      assertThat(compare("(! 2000)", "(* 2000 (! 1999))").outcome()).isEqualTo(Outcome.EQUAL);
      assertThat(compare("(! 2000)", "(* 1999 (! 1999))").outcome()).isEqualTo(Outcome.NOT_EQUAL);
      assertThat(compare("(^ 2 (^ 2 16))", "(^ 4 (^ 2 15))").outcome()).isEqualTo(Outcome.EQUAL);
    }

    @Test
    void treatsUndefinedValuesAsUndecidable() {
      for (String undefined :
          List.of(
              "(/ 0 0)",
              "(/ 1 0)",
              "(^ 0 -1)",
              "(ln 0)",
              "(log 5 1)",
              "(arcsin 2)",
              "(arccos -1.5)",
              "(! -1)",
              "(tan (/ pi 2))",
              "(cot 0)")) {
        assertThat(compare("5", undefined).outcome()).as(undefined).isEqualTo(Outcome.UNDECIDABLE);
      }
    }

    @Test
    void readsSquareRootsOfNegativesAsImaginary() {
      assertThat(compare("(sqrt -1)", "i").outcome()).isEqualTo(Outcome.EQUAL);
      assertThat(compare("1", "(sqrt -1)").outcome()).isEqualTo(Outcome.NOT_EQUAL);
      assertThat(compare("(ln -1)", "(* i pi)").outcome()).isEqualTo(Outcome.EQUAL);
    }

    @Test
    void handlesLiteralsWithHugeExponentsAndManyDigits() {
      Num tiny = new Num(new BigDecimal("1e-999999999"), "1e-999999999");
      Num big = new Num(new BigDecimal("1e999999999"), "1e999999999");
      Num longOne = new Num(new BigDecimal("1".repeat(20_000)), "1".repeat(20_000));
      assertThat(CHECKER.compare(tiny, Num.of(0), UNLIMITED).outcome()).isNotEqualTo(Outcome.EQUAL);
      assertThat(CHECKER.compare(big, Num.of(1), UNLIMITED).outcome()).isNotEqualTo(Outcome.EQUAL);
      assertThat(CHECKER.compare(longOne, Num.of(1), UNLIMITED).outcome())
          .isEqualTo(Outcome.NOT_EQUAL);
      assertThat(
              CHECKER.compare(new Text("x".repeat(1_000_000)), new Text("y"), UNLIMITED).outcome())
          .isEqualTo(Outcome.NOT_EQUAL);
    }

    @Test
    void refusesSetsTooLargeToMatchPairwise() {
      List<Expr> many = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        many.add(Num.of(i));
      }
      Comparison c = CHECKER.compare(new SetOf(many), new SetOf(many.reversed()), UNLIMITED);
      assertThat(c.outcome()).isEqualTo(Outcome.UNDECIDABLE);
    }

    @Test
    void answersNullInputsWithoutThrowing() {
      assertThat(CHECKER.compare(null, Num.of(1), UNLIMITED).outcome())
          .isEqualTo(Outcome.UNDECIDABLE);
      assertThat(CHECKER.compare(Num.of(1), null, UNLIMITED).outcome())
          .isEqualTo(Outcome.NOT_EQUAL);
      assertThat(CHECKER.compare(Num.of(1), Num.of(1), null).outcome()).isEqualTo(Outcome.EQUAL);
    }
  }

  @Nested
  class Cancellation {
    @Test
    void stopsWhenTheGradeIsCancelled() {
      GradeContext context = GradeContext.unlimited();
      context.cancel();
      assertThatThrownBy(() -> CHECKER.compare(Sx.parse("(sin x)"), Sx.parse("(cos x)"), context))
          .isInstanceOf(GradeCancelledException.class);
    }

    @Test
    void stopsWhenTheDeadlineHasPassed() {
      GradeContext context = GradeContext.withTimeout(Duration.ZERO);
      assertThatThrownBy(() -> CHECKER.compare(Num.of(1), Num.of(2), context))
          .isInstanceOf(GradeCancelledException.class);
    }
  }

  @Nested
  class Options {
    @Test
    void defaultsAreExactWithOptionalPercentSign() {
      EquivalenceOptions d = EquivalenceOptions.defaults();
      assertThat(d.relativeTolerance()).isZero();
      assertThat(d.percent()).isEqualTo(PercentPolicy.VALUE_OR_SIGN);
      assertThat(d.degreesEqualRadians()).isTrue();
      assertThat(d.digits()).isEqualTo(40);
      assertThat(d.randomPoints()).isEqualTo(6);
      assertThat(CHECKER.options()).isEqualTo(d);
    }

    @Test
    void rejectsNonsense() {
      EquivalenceOptions d = EquivalenceOptions.defaults();
      assertThatThrownBy(() -> d.withRelativeTolerance(-1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> d.withRelativeTolerance(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new EquivalenceOptions(0, PercentPolicy.VALUE, true, 5, 6, 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new EquivalenceOptions(0, PercentPolicy.VALUE, true, 40, 0, 1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new EquivalenceOptions(0, null, true, 40, 6, 1))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void moreDigitsSeparateCloserNumbers() {
      Equivalence precise =
          new Equivalence(
              new EquivalenceOptions(
                  0, PercentPolicy.VALUE_OR_SIGN, true, 80, 6, EquivalenceOptions.DEFAULT_SEED));
      String close = "(+ (sqrt 2) (^ 10 -45))";
      assertThat(compare("(sqrt 2)", close).outcome()).isEqualTo(Outcome.EQUAL);
      assertThat(precise.compare(Sx.parse("(sqrt 2)"), Sx.parse(close), UNLIMITED).outcome())
          .isEqualTo(Outcome.NOT_EQUAL);
    }

    @Test
    void otherSeedsAgreeOnIdentities() {
      for (long seed = 1; seed <= 20; seed++) {
        Equivalence e =
            new Equivalence(
                new EquivalenceOptions(0, PercentPolicy.VALUE_OR_SIGN, true, 40, 3, seed));
        assertThat(
                e.compare(
                        Sx.parse("(^ (+ x y) 2)"),
                        Sx.parse("(+ (^ x 2) (* 2 x y) (^ y 2))"),
                        UNLIMITED)
                    .outcome())
            .isEqualTo(Outcome.EQUAL);
        assertThat(
                e.compare(Sx.parse("(^ (+ x y) 2)"), Sx.parse("(+ (^ x 2) (^ y 2))"), UNLIMITED)
                    .outcome())
            .isEqualTo(Outcome.NOT_EQUAL);
      }
    }
  }

  @Test
  void givesTheSameAnswersFromManyThreads() throws Exception {
    RandomExprs gen = new RandomExprs(99);
    List<Expr[]> pairs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Expr a = gen.any(3);
      pairs.add(new Expr[] {a, i % 2 == 0 ? gen.rearranged(a) : gen.any(3)});
    }
    List<Outcome> expected =
        pairs.stream().map(p -> CHECKER.compare(p[0], p[1], UNLIMITED).outcome()).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<List<Outcome>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            pool.submit(
                () ->
                    pairs.stream()
                        .map(p -> CHECKER.compare(p[0], p[1], GradeContext.unlimited()).outcome())
                        .toList()));
      }
      for (Future<List<Outcome>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    }
  }
}
