package dev.rlvr.engine;

import org.apiguardian.api.API;

/**
 * How the engine runs.
 *
 * @param threads how many records are scored at once by {@link RewardEngine#submit}; at least 1
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngineOptions(int threads) {

  /** Validates. */
  public EngineOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /**
   * One thread per available processor.
   *
   * @return the defaults
   */
  public static EngineOptions defaults() {
    return new EngineOptions(Runtime.getRuntime().availableProcessors());
  }
}
