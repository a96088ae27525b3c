package dev.rlvr.trainer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rewards of a batch of completions.
 *
 * @param rewards the recipe's combined (weighted) reward of each completion
 * @param components each component's raw value per completion, in recipe order
 * @param unjudged how many completions some grader could not judge (timeout or error)
 */
public record Scores(double[] rewards, Map<String, double[]> components, int unjudged) {

  /** Copies the map. */
  public Scores {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
  }

  /**
   * The fraction of completions whose component scored full marks (accuracy, format rate).
   *
   * @param component a component name
   * @return the fraction, or NaN when the recipe has no such component
   */
  public double fullMarks(String component) {
    double[] v = components.get(component);
    if (v == null || v.length == 0) {
      return Double.NaN;
    }
    int n = 0;
    for (double x : v) {
      n += x >= 1.0 - 1e-9 ? 1 : 0;
    }
    return (double) n / v.length;
  }
}
