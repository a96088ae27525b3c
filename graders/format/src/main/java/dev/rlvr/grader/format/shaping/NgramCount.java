package dev.rlvr.grader.format.shaping;

/**
 * The n-grams of a text.
 *
 * @param unit the unit used, {@code words} or {@code chars} (never {@code auto})
 * @param units how many words or characters the text has
 * @param total how many n-grams: {@code units - n + 1}, or 0 when there are fewer than n units
 * @param unique how many of them are distinct
 */
record NgramCount(RepetitionUnit unit, int units, int total, int unique) {

  /** The share of n-grams that repeat an earlier one: {@code 1 - unique / total}, 0 when none. */
  double repeatedShare() {
    return total == 0 ? 0.0 : 1.0 - (double) unique / total;
  }
}
