package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks the next token from one row of logits: temperature, then nucleus (top-p) truncation,
 * then the inverse CDF of one uniform draw. DJL has no multinomial op, and with a vocabulary
 * of ~100 this costs about a microsecond per row on the JVM. Temperature 0 is greedy. Not thread-safe.
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
   * What {@link #pick} reads, computed on the logits' device: the softmax after temperature (one
   * op there rather than an exponential per entry on the JVM, which for hundreds of rows per
   * token cost more than the model step on a GPU), or the logits themselves when greedy.
   *
   * @param lastLogits (rows, vocabulary) logits of the last position
   * @return the array to copy to the host and pass to {@link #pick}
   */
  public NDArray prepare(NDArray lastLogits) {
    return temperature == 0 ? lastLogits : lastLogits.div((float) temperature).softmax(1);
  }

  /**
   * Samples a token id from one row of what {@link #prepare} returned.
   *
   * @param prepared the flat array
   * @param from where this row starts
   * @param vocabulary the row length
   * @return the token id
   */
  public int pick(float[] prepared, int from, int vocabulary) {
    if (temperature == 0) {
      return argMax(prepared, from, vocabulary);
    }
    double[] p = new double[vocabulary];
    double total = 0;
    for (int i = 0; i < vocabulary; i++) {
      p[i] = prepared[from + i];
      total += p[i];
    }
    return fromWeights(p, total);
  }

  /**
   * Samples a token id from raw logits, all on the JVM.
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
    return fromWeights(p, total);
  }

  // p holds unnormalised weights summing to total.
  private int fromWeights(double[] p, double total) {
    int vocabulary = p.length;
    double cutoff = topP < 1 ? nucleusCutoff(p, total * topP) : 0;
    // Inverse CDF over the kept tokens in id order: the same distribution as walking them by
    // probability, without a per-token sort (this runs once per row and token).
    double mass = 0;
    for (int i = 0; i < vocabulary; i++) {
      mass += p[i] >= cutoff ? p[i] : 0;
    }
    double u = random.nextDouble() * mass;
    int last = 0;
    for (int i = 0; i < vocabulary; i++) {
      if (p[i] >= cutoff) {
        last = i;
        u -= p[i];
        if (u < 0) {
          return i;
        }
      }
    }
    return last;
  }

  // The smallest probability in the nucleus: walk the probabilities from the largest down until
  // their mass reaches the target (ties at the cutoff are all kept).
  private static double nucleusCutoff(double[] p, double target) {
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    double mass = 0;
    for (int i = sorted.length - 1; i >= 0; i--) {
      mass += sorted[i];
      if (mass >= target) {
        return sorted[i];
      }
    }
    return sorted[0];
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
