package dev.rlvr.grader.math.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.equiv.Comparison.Outcome;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Frac;
import dev.rlvr.grader.math.expr.Expr.Mixed;
import dev.rlvr.grader.math.expr.Expr.Neg;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.Percent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties over seeded random trees: every seed is a reproducible run. */
class EquivalencePropertiesTest {
  private static final GradeContext UNLIMITED = GradeContext.unlimited();
  private static final Equivalence CHECKER = new Equivalence(EquivalenceOptions.defaults());

  /** Looks inside identical trees, so that reflexivity tests the comparison rules themselves. */
  private static final Equivalence NO_SHORTCUT =
      new Equivalence(EquivalenceOptions.defaults(), false);

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyTreeIsNeverUnequalToItself(long seed) {
    RandomExprs gen = new RandomExprs(seed);
    for (int i = 0; i < 250; i++) {
      Expr e = gen.any(3);
      Comparison c = NO_SHORTCUT.compare(e, e, UNLIMITED);
      assertThat(c.outcome())
          .as("%s against itself: %s", ExprText.show(e), c)
          .isNotEqualTo(Outcome.NOT_EQUAL);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void scalarsAreEqualToThemselvesWhenDefined(long seed) {
    RandomExprs gen = new RandomExprs(seed);
    int equal = 0;
    int n = 300;
    for (int i = 0; i < n; i++) {
      Expr e = gen.scalar(4);
      Comparison c = NO_SHORTCUT.compare(e, e, UNLIMITED);
      assertThat(c.outcome()).as("%s: %s", ExprText.show(e), c).isNotEqualTo(Outcome.NOT_EQUAL);
      equal += c.isEqual() ? 1 : 0;
    }
    assertThat(equal).as("equal to themselves").isGreaterThan(n * 7 / 10);
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26})
  void outcomesAreSymmetricEvenForRelations(long seed) {
    RandomExprs gen = new RandomExprs(seed);
    for (int i = 0; i < 250; i++) {
      Expr a = gen.any(3);
      Expr b = i % 3 == 0 ? gen.rearranged(a) : gen.any(3);
      Comparison ab = CHECKER.compare(a, b, UNLIMITED);
      Comparison ba = CHECKER.compare(b, a, UNLIMITED);
      assertThat(ba.outcome())
          .as("%s vs %s: %s / %s", ExprText.show(a), ExprText.show(b), ab, ba)
          .isEqualTo(ab.outcome());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38})
  void sumsAndProductsCommuteAndReassociate(long seed) {
    RandomExprs gen = new RandomExprs(seed);
    int equal = 0;
    int n = 200;
    for (int i = 0; i < n; i++) {
      Expr e = gen.scalar(4);
      Expr shuffled = gen.rearranged(e);
      Comparison c = CHECKER.compare(e, shuffled, UNLIMITED);
      assertThat(c.outcome())
          .as("%s vs %s: %s", ExprText.show(e), ExprText.show(shuffled), c)
          .isNotEqualTo(Outcome.NOT_EQUAL);
      equal += c.isEqual() ? 1 : 0;
    }
    assertThat(equal).as("rearrangements found equal").isGreaterThan(n * 7 / 10);
  }

  @ParameterizedTest
  @ValueSource(longs = {41, 42, 43, 44})
  void numbersEqualTheirDecimalFractionAndPercentForms(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      int k = random.nextInt(6);
      int m = random.nextInt(6);
      BigInteger den = BigInteger.TWO.pow(k).multiply(BigInteger.valueOf(5).pow(m));
      BigInteger num = BigInteger.valueOf(random.nextInt(20_000) - 10_000);
      BigDecimal value = new BigDecimal(num).divide(new BigDecimal(den));
      List<Expr> forms = forms(num, den, value);
      for (Expr x : forms) {
        for (Expr y : forms) {
          Comparison c = CHECKER.compare(x, y, UNLIMITED);
          assertThat(c.isEqual())
              .as("%s vs %s: %s", ExprText.show(x), ExprText.show(y), c)
              .isTrue();
        }
      }
      BigDecimal off = value.add(BigDecimal.ONE.scaleByPowerOfTen(-(k + m + 2)));
      Expr near = new Num(off, off.toPlainString());
      for (Expr x : forms) {
        Comparison c = CHECKER.compare(x, near, UNLIMITED);
        assertThat(c.outcome())
            .as("%s vs %s: %s", ExprText.show(x), off, c)
            .isEqualTo(Outcome.NOT_EQUAL);
      }
    }
  }

  private static List<Expr> forms(BigInteger num, BigInteger den, BigDecimal value) {
    List<Expr> forms = new ArrayList<>();
    forms.add(new Num(value, value.toPlainString()));
    BigDecimal padded = value.setScale(value.scale() + 2);
    forms.add(new Num(padded, padded.toPlainString()));
    forms.add(new Frac(signed(num), new Num(new BigDecimal(den), den.toString())));
    BigDecimal hundredfold = value.movePointRight(2);
    forms.add(new Percent(new Num(hundredfold, hundredfold.toPlainString())));
    BigInteger whole = num.abs().divide(den);
    BigInteger rest = num.abs().mod(den);
    if (whole.signum() > 0 && rest.signum() > 0) {
      Expr mixed =
          new Mixed(
              new Num(new BigDecimal(whole), whole.toString()),
              new Frac(
                  new Num(new BigDecimal(rest), rest.toString()),
                  new Num(new BigDecimal(den), den.toString())));
      forms.add(num.signum() < 0 ? new Neg(mixed) : mixed);
    }
    return forms;
  }

  private static Expr signed(BigInteger n) {
    Expr abs = new Num(new BigDecimal(n.abs()), n.abs().toString());
    return n.signum() < 0 ? new Neg(abs) : abs;
  }

  @ParameterizedTest
  @ValueSource(longs = {51, 52, 53, 54, 55, 56, 57, 58})
  void neverThrowsOnRandomAndPathologicalTrees(long seed) {
    RandomExprs gen = new RandomExprs(seed);
    for (int i = 0; i < 120; i++) {
      Expr a = gen.random().nextBoolean() ? gen.pathological() : gen.any(4);
      Expr b = gen.random().nextBoolean() ? gen.pathological() : gen.any(4);
      Comparison c = CHECKER.compare(a, b, UNLIMITED);
      assertThat(c.method())
          .as("no exception caught by the last guard: %s", c.detail())
          .isNotEqualTo("error");
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {61, 62, 63, 64})
  void pathologicalTreesNeverEqualAPlainNumber(long seed) {
    RandomExprs gen = new RandomExprs(seed);
    for (int i = 0; i < 60; i++) {
      Expr bad = gen.pathological();
      for (Expr plain : List.of(Num.of(5), Num.of(0), Sx.parse("(/ 1 2)"))) {
        Comparison c = CHECKER.compare(plain, bad, UNLIMITED);
        assertThat(c.outcome()).as("%s: %s", ExprText.show(bad), c).isNotEqualTo(Outcome.EQUAL);
      }
    }
  }
}
