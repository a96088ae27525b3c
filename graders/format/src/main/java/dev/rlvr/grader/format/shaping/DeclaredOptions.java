package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import java.util.List;

/** Option checks of the shaping graders: the registry's key check for graders made directly, and ranges. */
final class DeclaredOptions {
  private DeclaredOptions() {}

  /**
   * Checks every key of a configuration.
   *
   * @param config the recipe's options
   * @param declared what the grader accepts
   * @param fallbackName the grader's name when the configuration has none
   * @return the grader's name, for messages
   * @throws ConfigException naming the unknown key and the accepted ones
   */
  static String check(GraderConfig config, List<GraderOption> declared, String fallbackName) {
    GraderConfig named = config.grader().isEmpty() ? new GraderConfig(fallbackName, config.options()) : config;
    named.requireDeclared(declared);
    return named.grader();
  }

  /**
   * A whole-number option within bounds.
   *
   * @throws ConfigException when it is not a whole number in [min, max]
   */
  static long whole(GraderConfig config, String grader, String key, long fallback, long min, long max) {
    long value = config.integer(key, fallback);
    if (value < min || value > max) {
      throw new ConfigException("grader '" + grader + "': option '" + key + "' must be a whole number from "
          + min + " to " + max + ", got " + value);
    }
    return value;
  }
}
