package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.Map;

/**
 * Scores a rollout's length with DAPO's soft overlong punishment, in [-1, 0]: 0 is
 * {@link Verdict#CORRECT}, -1 {@link Verdict#INCORRECT}, anything between {@link Verdict#PARTIAL}.
 * The reference is not used. Immutable and thread-safe; linear in the rollout's length.
 */
final class OverlongGrader implements Grader {
  private final LengthMeter meter;
  private final OverlongPunishment punishment;

  OverlongGrader(LengthMeter meter, OverlongPunishment punishment) {
    this.meter = meter;
    this.punishment = punishment;
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    Length length = meter.measure(rollout);
    double value = punishment.reward(length.value());
    String measured = length.value() + " " + length.unit();
    Score score;
    if (value == 0.0) {
      score = Score.of(0.0, Verdict.CORRECT,
          measured + " <= " + punishment.expectedLength() + ": no punishment");
    } else if (value == -1.0) {
      score = Score.of(-1.0, Verdict.INCORRECT, measured + " reaches max_length " + punishment.maxLength());
    } else {
      long into = length.value() - punishment.expectedLength();
      score = Score.of(value, Verdict.PARTIAL,
          measured + " is " + into + " into the " + punishment.buffer() + "-long buffer");
    }
    Map<String, Object> details = meter.describe(length);
    details.put("max_length", punishment.maxLength());
    details.put("buffer", punishment.buffer());
    details.put("expected_length", punishment.expectedLength());
    return score.withDetails(details);
  }
}
