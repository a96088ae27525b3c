package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.ConfigException;

/**
 * DAPO's soft overlong punishment (Yu et al. 2025, arXiv:2503.14476, eq. 13), as a function of
 * length: 0 up to {@code maxLength - buffer}, then a straight line down to -1 at
 * {@code maxLength}, and -1 past it. verl's DAPO recipe ships {@code max_response_length 20480}
 * with {@code overlong_buffer.len 4096}; it does not clamp at -1 because its responses cannot
 * outgrow the limit, ours can (counted in another tokenizer), so the paper's clamp is kept.
 *
 * @param maxLength L_max, the length at which the punishment reaches -1; at least 1
 * @param buffer L_cache, the width of the linear ramp; from 1 to {@code maxLength}
 */
record OverlongPunishment(long maxLength, long buffer) {

  /** Checks the thresholds. */
  OverlongPunishment {
    if (maxLength < 1 || buffer < 1 || buffer > maxLength) {
      throw new ConfigException("overlong needs 1 <= buffer <= max_length, got max_length "
          + maxLength + " and buffer " + buffer);
    }
  }

  /** The length up to which nothing is taken off: L_max - L_cache. */
  long expectedLength() {
    return maxLength - buffer;
  }

  /**
   * The reward for a length.
   *
   * @param length the length, not negative
   * @return a value in [-1, 0]
   */
  double reward(long length) {
    if (length <= expectedLength()) {
      return 0.0;
    }
    if (length > maxLength) {
      return -1.0;
    }
    return (double) (expectedLength() - length) / buffer;
  }
}
