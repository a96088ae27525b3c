package dev.rlvr.example;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;

/**
 * The options of one {@code exact-match} grader, read and checked once when it is created.
 *
 * @param mode how answers are compared
 * @param caseSensitive whether letter case counts
 * @param similarityThreshold the least Jaro-Winkler similarity that earns partial credit;
 *     1.0 turns partial credit off
 */
record MatchSettings(MatchMode mode, boolean caseSensitive, double similarityThreshold) {
  static final String MODE = "mode";
  static final String CASE_SENSITIVE = "case_sensitive";
  static final String SIMILARITY_THRESHOLD = "similarity_threshold";

  /** The defaults: normalised, case-insensitive, no partial credit. */
  static final MatchSettings DEFAULTS = new MatchSettings(MatchMode.NORMALIZED, false, 1.0);

  /**
   * Reads the options of a recipe.
   *
   * <p>Exact mode compares byte for byte, so there letter case counts unless the recipe sets
   * {@code case_sensitive: false} itself.
   *
   * @param config the recipe's options
   * @return the settings
   * @throws ConfigException when an option has an invalid value
   */
  static MatchSettings from(GraderConfig config) {
    MatchMode mode = MatchMode.fromOptionValue(
        config.choice(MODE, DEFAULTS.mode().optionValue(), MatchMode.optionValues()));
    boolean caseSensitive = config.bool(CASE_SENSITIVE, mode == MatchMode.EXACT);
    double threshold = config.number(SIMILARITY_THRESHOLD, DEFAULTS.similarityThreshold());
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new ConfigException("grader '" + config.grader() + "': option '" + SIMILARITY_THRESHOLD
          + "' must be a number above 0 and at most 1 (1 turns partial credit off), got '"
          + config.options().get(SIMILARITY_THRESHOLD) + "'");
    }
    return new MatchSettings(mode, caseSensitive, threshold);
  }

  /**
   * Tells whether near misses earn partial credit.
   *
   * @return {@code true} when the threshold is below 1
   */
  boolean givesPartialCredit() {
    return similarityThreshold < 1.0;
  }
}
