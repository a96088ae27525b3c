package dev.rlvr.cli.serve;

import java.time.Duration;

/**
 * How the server listens and how much work it takes on at once.
 *
 * @param host the address to bind; loopback unless asked otherwise
 * @param port the port; 0 picks a free one
 * @param threads records scored at once, across all requests
 * @param maxInFlight scoring requests admitted at once; the next one gets a 503
 * @param maxBodyBytes the largest request body; a larger one gets a 413
 * @param maxBatch the most records in one request; a larger batch gets a 413
 * @param deadline how long one request may take; records not scored by then come back as timeouts
 */
record ServerSettings(String host, int port, int threads, int maxInFlight, long maxBodyBytes, int maxBatch,
    Duration deadline) {

  ServerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be 0..65535, got " + port);
    }
    if (threads < 1 || maxInFlight < 1 || maxBatch < 1) {
      throw new IllegalArgumentException("--threads, --max-in-flight and --max-batch must be at least 1");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("--max-body-mb must be positive");
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("--deadline-s must be positive");
    }
  }

  /** Records that may wait for a scoring thread: every admitted request's whole batch, no more. */
  int queueCapacity() {
    return Math.multiplyExact(maxInFlight, maxBatch);
  }
}
