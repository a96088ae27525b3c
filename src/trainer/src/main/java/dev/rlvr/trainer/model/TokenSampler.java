package dev.rlvr.trainer.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks the next token from one row of logits: temperature, then nucleus (top-p) truncation,
 * then the inverse CDF of one uniform draw. DJL has no multinomial op, and with a vocabulary
 * of ~100 this costs microseconds on the JVM. Temperature 0 is greedy. Not thread-safe.
 */
public final class TokenSampler {
  private final double temperature;
  private final double topP;
  private final SplittableRandom random;

  /**
   * Creates a sampler.
   *
   * @param temperature 0 for greedy, else the softmax temperature
   * @param topP the nucleus mass in (0, 1]
   * @param seed the random seed
   */
  public TokenSampler(double temperature, double topP, long seed) {
    if (temperature < 0 || topP <= 0 || topP > 1) {
      throw new IllegalArgumentException("need temperature >= 0 and 0 < top_p <= 1");
    }
    this.temperature = temperature;
    this.topP = topP;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Samples a token id.
   *
   * @param logits the flat logits array
   * @param from where this row starts
   * @param vocabulary the row length
   * @return the token id
   */
  public int sample(float[] logits, int from, int vocabulary) {
    if (temperature == 0) {
      return argMax(logits, from, vocabulary);
    }
    double max = logits[from + argMax(logits, from, vocabulary)];
    double[] p = new double[vocabulary];
    double total = 0;
    for (int i = 0; i < vocabulary; i++) {
      p[i] = Math.exp((logits[from + i] - max) / temperature);
      total += p[i];
    }
    Integer[] order = new Integer[vocabulary];
    for (int i = 0; i < vocabulary; i++) {
      order[i] = i;
      p[i] /= total;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
    // the smallest prefix (by probability) whose mass reaches top_p
    int keep = 0;
    double mass = 0;
    while (keep < vocabulary && (keep == 0 || mass < topP)) {
      mass += p[order[keep++]];
    }
    double u = random.nextDouble() * mass;
    for (int i = 0; i < keep; i++) {
      u -= p[order[i]];
      if (u <= 0) {
        return order[i];
      }
    }
    return order[keep - 1];
  }

  private static int argMax(float[] logits, int from, int vocabulary) {
    int best = 0;
    for (int i = 1; i < vocabulary; i++) {
      if (logits[from + i] > logits[from + best]) {
        best = i;
      }
    }
    return best;
  }
}
