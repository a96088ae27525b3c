package dev.rlvr.grader.math.equiv;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random assignments of the free variables: exact rationals p/q of either sign, between -5 and
 * 5, never an integer (0, 1 and -1 hide too many differences), with small numerators and
 * denominators so that exact arithmetic stays cheap.
 */
final class RandomPoints {
  private RandomPoints() {}

  /** The seeded generator of one comparison. */
  static SplittableRandom generator(long seed) {
    return new SplittableRandom(seed);
  }

  /** The next point: a value for each name, in the order given. */
  static Map<String, Rational> next(SplittableRandom random, List<String> names) {
    Map<String, Rational> point = new LinkedHashMap<>();
    for (String name : names) {
      point.put(name, nextValue(random));
    }
    return point;
  }

  private static Rational nextValue(SplittableRandom random) {
    while (true) {
      int q = 2 + random.nextInt(29);
      int p = random.nextInt(-5 * q, 5 * q + 1);
      if (p % q != 0) {
        return Rational.of(BigInteger.valueOf(p), BigInteger.valueOf(q));
      }
    }
  }

  /** The minimum of points that must be defined for a verdict of equality. */
  static int minimumDefined(int wanted) {
    return Math.max(1, (wanted + 1) / 2);
  }
}
