package dev.rlvr.trainer.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one GRPO step measured.
 *
 * @param step the step number, from 1
 * @param loss the loss of the last optimisation pass
 * @param rewardMean the mean combined reward
 * @param rewardStd its standard deviation
 * @param componentMean each reward component's mean
 * @param componentStd each reward component's standard deviation
 * @param accuracy the fraction with full accuracy marks
 * @param formatRate the fraction with full format marks
 * @param kl the mean k3 KL to the reference
 * @param clipFraction the fraction of tokens clipped
 * @param entropy the mean token entropy of the policy
 * @param completionLength the mean completion length in tokens
 * @param truncatedRate the fraction that hit the length limit
 * @param droppedGroups groups dropped by dynamic sampling
 * @param tokensPerSecond sampled tokens per second of generation
 * @param stepSeconds the wall time of the step
 * @param rewardWaitSeconds how long the step waited for rewards after generation ended (scoring
 *     that generation did not hide)
 * @param heldoutAccuracy held-out accuracy when evaluated at this step, else NaN
 */
public record StepMetrics(
    int step, double loss, double rewardMean, double rewardStd, Map<String, Double> componentMean,
    Map<String, Double> componentStd, double accuracy, double formatRate, double kl, double clipFraction,
    double entropy, double completionLength, double truncatedRate, int droppedGroups, double tokensPerSecond,
    double stepSeconds, double rewardWaitSeconds, double heldoutAccuracy) {

  /** Copies the maps. */
  public StepMetrics {
    componentMean = Collections.unmodifiableMap(new LinkedHashMap<>(componentMean));
    componentStd = Collections.unmodifiableMap(new LinkedHashMap<>(componentStd));
  }

  /**
   * A copy with the held-out accuracy filled in.
   *
   * @param value the accuracy
   * @return the copy
   */
  public StepMetrics withHeldoutAccuracy(double value) {
    return new StepMetrics(step, loss, rewardMean, rewardStd, componentMean, componentStd, accuracy, formatRate,
        kl, clipFraction, entropy, completionLength, truncatedRate, droppedGroups, tokensPerSecond, stepSeconds, rewardWaitSeconds, value);
  }

  /**
   * The one-line progress report.
   *
   * @param total the step count of the run
   * @return the line
   */
  public String progressLine(int total) {
    return String.format(Locale.ROOT,
        "step %d/%d  loss %.4f  reward %.3f±%.3f  acc %.3f  fmt %.3f  kl %.4f  clip %.3f  ent %.3f  len %.1f  %.0f tok/s  %.2fs%s",
        step, total, loss, rewardMean, rewardStd, accuracy, formatRate, kl, clipFraction, entropy,
        completionLength, tokensPerSecond, stepSeconds,
        Double.isNaN(heldoutAccuracy) ? "" : String.format(Locale.ROOT, "  heldout %.3f", heldoutAccuracy));
  }

  /**
   * Every number, for checks that nothing diverged.
   *
   * @return true when the loss and all logged statistics are finite (held-out accuracy may be NaN)
   */
  public boolean finite() {
    double[] all = {loss, rewardMean, rewardStd, kl, clipFraction, entropy, completionLength, tokensPerSecond, stepSeconds};
    for (double v : all) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return componentMean.values().stream().allMatch(Double::isFinite);
  }
}
