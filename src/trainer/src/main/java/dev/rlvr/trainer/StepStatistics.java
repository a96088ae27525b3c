package dev.rlvr.trainer;

import dev.rlvr.trainer.grpo.LossResult;
import dev.rlvr.trainer.metrics.StepMetrics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns one step's raw numbers into {@link StepMetrics}. */
final class StepStatistics {
  private StepStatistics() {}

  static StepMetrics of(int step, float loss, double[] rewards, Map<String, double[]> components, boolean[] finished,
      int[] lengths, LossResult first, double entropy, double clipFraction, int dropped, long[] generation, long nanos) {
    Map<String, Double> means = new LinkedHashMap<>();
    Map<String, Double> stds = new LinkedHashMap<>();
    components.forEach((name, v) -> {
      means.put(name, mean(v));
      stds.put(name, std(v));
    });
    Scores scores = new Scores(rewards, components, 0);
    int truncated = 0;
    double length = 0;
    for (int i = 0; i < lengths.length; i++) {
      truncated += finished[i] ? 0 : 1;
      length += lengths[i];
    }
    double genSeconds = generation[1] / 1e9;
    return new StepMetrics(step, loss, mean(rewards), std(rewards), means, stds, orZero(scores.fullMarks("accuracy")),
        orZero(scores.fullMarks("format")), first.kl(), clipFraction, entropy, length / lengths.length,
        (double) truncated / lengths.length, dropped, genSeconds == 0 ? 0 : generation[0] / genSeconds,
        nanos / 1e9, generation[2] / 1e9, Double.NaN);
  }

  private static double orZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  // Population std: a description of the batch, not an estimate.
  static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return v.length == 0 ? 0 : Math.sqrt(s / v.length);
  }
}
