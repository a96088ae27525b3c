package dev.rlvr.grader.math.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.math.equiv.IntervalSet.Bound;
import dev.rlvr.grader.math.equiv.IntervalSet.Interval;
import dev.rlvr.grader.math.equiv.Value.Exact;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The building blocks of the checker, one by one. */
class PartsTest {
  private static final Precision P = Precision.of(40);

  @Nested
  class Rationals {
    @Test
    void keepsLowestTermsWithAPositiveDenominator() {
      Rational r = Rational.of(BigInteger.valueOf(6), BigInteger.valueOf(-4));
      assertThat(r.numerator()).isEqualTo(-3);
      assertThat(r.denominator()).isEqualTo(2);
      assertThat(r).isEqualTo(Rational.of(new BigDecimal("-1.50")));
      assertThat(r.toString()).isEqualTo("-3/2");
    }

    @Test
    void readsDecimalsExactly() {
      assertThat(Rational.of(new BigDecimal("0.125")))
          .isEqualTo(Rational.ONE.divide(Rational.of(8)));
      assertThat(Rational.of(new BigDecimal("1.5E+3"))).isEqualTo(Rational.of(1500));
      assertThat(Rational.of(new BigDecimal("2.50"))).isEqualTo(Rational.of(new BigDecimal("2.5")));
    }

    @Test
    void doesArithmeticAndOrder() {
      Rational third = Rational.ONE.divide(Rational.of(3));
      Rational sixth = Rational.ONE.divide(Rational.of(6));
      assertThat(third.add(sixth)).isEqualTo(Rational.ONE.divide(Rational.of(2)));
      assertThat(third.subtract(sixth)).isEqualTo(sixth);
      assertThat(third.multiply(Rational.of(3))).isEqualTo(Rational.ONE);
      assertThat(third.compareTo(sixth)).isPositive();
      assertThat(third.negate().floor()).isEqualTo(-1);
      assertThat(third.pow(2)).isEqualTo(Rational.ONE.divide(Rational.of(9)));
    }

    @Test
    void findsExactRootsOnly() {
      assertThat(Rational.of(new BigDecimal("2.25")).exactRoot(2))
          .isEqualTo(Rational.of(new BigDecimal("1.5")));
      assertThat(Rational.of(2).exactRoot(2)).isNull();
      assertThat(Rational.of(BigInteger.TEN.pow(60)).exactRoot(3))
          .isEqualTo(Rational.of(BigInteger.TEN.pow(20)));
      assertThat(Rational.of(BigInteger.TEN.pow(60).add(BigInteger.ONE)).exactRoot(3)).isNull();
      assertThat(IntegerRoots.exactRoot(BigInteger.valueOf(-8), 3)).isNull();
    }

    @Test
    void shortensLongValuesInText() {
      Rational big = Rational.of(BigInteger.TEN.pow(200));
      assertThat(big.toString()).hasSizeLessThan(80).contains("201 chars");
    }
  }

  @Nested
  class Values {
    @Test
    void staysExactForGaussianRationals() {
      Value i = new Exact(Rational.ZERO, Rational.ONE);
      Value one = Value.ONE;
      assertThat(Arithmetic.multiply(i, i, P)).isEqualTo(Exact.real(Rational.MINUS_ONE));
      assertThat(Arithmetic.divide(one, i, P))
          .isEqualTo(new Exact(Rational.ZERO, Rational.MINUS_ONE));
      assertThat(Powers.integerPower(i, BigInteger.valueOf(1_000_000_001L), P)).isEqualTo(i);
    }

    @Test
    void turnsToApproximationsWhenTooBig() {
      Value two = Exact.real(Rational.of(2));
      assertThat(Powers.integerPower(two, BigInteger.valueOf(1000), P)).isInstanceOf(Exact.class);
      assertThat(Powers.integerPower(two, BigInteger.valueOf(100_000), P))
          .isInstanceOf(Value.Approx.class);
      assertThat(Powers.integerPower(two, BigInteger.TEN.pow(10), P))
          .isInstanceOf(Value.Undefined.class);
    }

    @Test
    void takesRealOddRootsAndPrincipalEvenRoots() {
      Value minusEight = Exact.real(Rational.of(-8));
      assertThat(Powers.root(minusEight, Exact.real(Rational.of(3)), P))
          .isEqualTo(Exact.real(Rational.of(-2)));
      assertThat(Transcendentals.sqrt(Exact.real(Rational.of(-9)), P))
          .isEqualTo(new Exact(Rational.ZERO, Rational.of(3)));
      Value twoThirds = Exact.real(Rational.of(2).divide(Rational.of(3)));
      assertThat(Powers.power(minusEight, twoThirds, P)).isEqualTo(Exact.real(Rational.of(4)));
    }

    @Test
    void comparesApproximationsToTheTolerance() {
      Value a = Arithmetic.approx(new BigDecimal("1.000000000000000000000000000000000000001"));
      Value b = Value.ONE;
      Value c = Arithmetic.approx(new BigDecimal("1.00001"));
      assertThat(Numeric.closeness(a, b, P)).isEqualTo(Numeric.Closeness.EQUAL);
      assertThat(Numeric.closeness(c, b, P)).isEqualTo(Numeric.Closeness.FAR);
      assertThat(Numeric.compareReal(c, b, P)).isPositive();
    }

    @Test
    void computesLogsOfExtremeMagnitudesQuickly() {
      BigDecimal ln = RealFunctions.ln(new BigDecimal("1e-99999"), P);
      BigDecimal expected = BigDecimal.valueOf(-99999).multiply(P.ln10(), new MathContext(40));
      assertThat(ln.subtract(expected).abs()).isLessThan(new BigDecimal("1e-30"));
    }
  }

  @Nested
  class Intervals {
    private Bound at(long v) {
      return Bound.of(Exact.real(Rational.of(v)));
    }

    @Test
    void mergesTouchingAndOverlappingPieces() {
      IntervalSet joined =
          IntervalSet.of(
              List.of(
                  new Interval(at(0), false, at(1), true),
                  new Interval(at(1), false, at(2), false)),
              P);
      IntervalSet whole = IntervalSet.of(List.of(new Interval(at(0), false, at(2), false)), P);
      assertThat(joined.sameAs(whole)).isTrue();
      IntervalSet gap =
          IntervalSet.of(
              List.of(
                  new Interval(at(0), false, at(1), false),
                  new Interval(at(1), false, at(2), false)),
              P);
      assertThat(gap.sameAs(whole)).isFalse();
      assertThat(gap.toString()).isEqualTo("(0, 1) U (1, 2)");
    }

    @Test
    void dropsEmptyPiecesAndIntersects() {
      IntervalSet empty = IntervalSet.of(List.of(new Interval(at(1), false, at(1), false)), P);
      assertThat(empty.sameAs(IntervalSet.empty(P))).isTrue();
      IntervalSet a = IntervalSet.of(List.of(new Interval(at(0), true, at(5), true)), P);
      IntervalSet b = IntervalSet.of(List.of(new Interval(at(3), false, Bound.INFINITY, false)), P);
      IntervalSet both = IntervalSet.of(List.of(new Interval(at(3), false, at(5), true)), P);
      assertThat(a.intersect(b).sameAs(both)).isTrue();
      assertThat(
              a.union(b)
                  .sameAs(
                      IntervalSet.of(List.of(new Interval(at(0), true, Bound.INFINITY, false)), P)))
          .isTrue();
    }

    @Test
    void neverClosesInfiniteEnds() {
      Interval i = new Interval(Bound.MINUS_INFINITY, true, Bound.INFINITY, true);
      assertThat(i.loClosed()).isFalse();
      assertThat(i.hiClosed()).isFalse();
    }
  }

  @Nested
  class Words {
    @Test
    void findsChoiceLetters() {
      for (String s :
          List.of("B", "(B)", "b)", "\\text{(B)}", "[B]", "Option B", "answer: (b)", "B.")) {
        assertThat(Texts.choiceLetter(s)).as(s).isEqualTo("B");
      }
      for (String s : List.of("BC", "yes", "(1)", "", "é")) {
        assertThat(Texts.choiceLetter(s)).as(s).isNull();
      }
    }

    @Test
    void normalizesCaseSpaceAndPunctuation() {
      assertThat(Texts.normalize("  Yes. ")).isEqualTo("yes");
      assertThat(Texts.normalize("\\text{No solution!}")).isEqualTo("no solution");
      assertThat(Texts.normalize("All  real\tnumbers")).isEqualTo("all real numbers");
      assertThat(Texts.normalize("3.5 cm")).isEqualTo("3.5 cm");
      assertThat(Texts.normalize("-2")).isEqualTo("-2");
    }
  }

  @Test
  void rendersExpressionsShortly() {
    assertThat(ExprText.show(Sx.parse("(+ 1 (* 2 x))"))).isEqualTo("(1 + (2*x))");
    assertThat(ExprText.show(Sx.parse("(set 1 (tuple 2 3))"))).isEqualTo("{1, (2, 3)}");
    assertThat(ExprText.show(Sx.parse("(rel 1 < x <= 2)"))).isEqualTo("1 < x <= 2");
    assertThat(ExprText.show(Sx.parse("(+ " + "1 ".repeat(200) + ")")))
        .hasSizeLessThanOrEqualTo(80);
  }
}
