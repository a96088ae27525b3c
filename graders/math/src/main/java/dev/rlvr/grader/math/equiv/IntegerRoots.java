package dev.rlvr.grader.math.equiv;

import java.math.BigInteger;

/** Exact integer roots and cheap magnitude estimates of big integers. */
final class IntegerRoots {
  private static final double LOG10_2 = Math.log10(2);

  private IntegerRoots() {}

  /**
   * The exact k-th root of a non-negative integer, or null when it is not a perfect k-th power
   * (or is negative).
   */
  static BigInteger exactRoot(BigInteger n, int k) {
    if (n.signum() < 0 || k < 1) {
      return null;
    }
    if (k == 1 || n.signum() == 0 || n.equals(BigInteger.ONE)) {
      return n;
    }
    if (k == 2) {
      BigInteger r = n.sqrt();
      return r.multiply(r).equals(n) ? r : null;
    }
    int bits = n.bitLength();
    if (k >= bits) {
      // 2^k > n > 1, so the root would lie strictly between 1 and 2.
      return null;
    }
    BigInteger r = floorRoot(n, k, bits);
    return r.pow(k).equals(n) ? r : null;
  }

  /** Newton's iteration from above for floor(n^(1/k)), n at least 2, k at least 2. */
  private static BigInteger floorRoot(BigInteger n, int k, int bits) {
    BigInteger kk = BigInteger.valueOf(k);
    BigInteger km1 = BigInteger.valueOf(k - 1L);
    BigInteger x = BigInteger.ONE.shiftLeft(bits / k + 1);
    while (true) {
      BigInteger y = km1.multiply(x).add(n.divide(x.pow(k - 1))).divide(kk);
      if (y.compareTo(x) >= 0) {
        return x;
      }
      x = y;
    }
  }

  /** About log10 of a positive integer (within a tiny relative error). */
  static double log10(BigInteger n) {
    int bits = n.bitLength();
    if (bits < 63) {
      return Math.log10(n.longValue());
    }
    int shift = bits - 62;
    return Math.log10(n.shiftRight(shift).longValue()) + shift * LOG10_2;
  }
}
