package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.GradeCancelledException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a rollout with the cosine-scaled length reward, asking an accuracy grader whether the
 * answer is right. {@link Verdict#CORRECT} when that grader says CORRECT; every other judgement
 * (INCORRECT, NO_ANSWER, PARTIAL, FORMAT_ERROR...) counts as wrong and is {@link Verdict#INCORRECT};
 * when the accuracy grader could not judge (TIMEOUT, INVALID_INPUT, INTERNAL_ERROR), its verdict
 * is passed on with value 0 so the engine reports the record as an error, not a wrong answer.
 * Thread-safe when the accuracy grader is; closes it when closed.
 */
final class CosineGrader implements Grader, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CosineGrader.class);

  private final CosineSchedule schedule;
  private final LengthMeter meter;
  private final String accuracyName;
  private final Grader accuracy;

  CosineGrader(CosineSchedule schedule, LengthMeter meter, String accuracyName, Grader accuracy) {
    this.schedule = schedule;
    this.meter = meter;
    this.accuracyName = accuracyName;
    this.accuracy = accuracy;
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    Score judged;
    try {
      judged = accuracy.grade(rollout, reference, context);
    } catch (GradeCancelledException cancelled) {
      throw cancelled;
    } catch (RuntimeException failure) {
      return Score.error(Verdict.INTERNAL_ERROR, "accuracy grader '" + accuracyName + "' failed: " + failure);
    }
    if (!judged.verdict().isJudgement()) {
      return Score.error(judged.verdict(), "accuracy grader '" + accuracyName + "' could not judge: "
          + judged.reason()).withDetail("accuracy_verdict", judged.verdict().name());
    }
    boolean correct = judged.verdict() == Verdict.CORRECT;
    Length length = meter.measure(rollout);
    double value = schedule.reward(length.value(), correct);
    String reason = (correct ? "correct" : "wrong (" + judged.verdict() + ")") + " at " + length.value()
        + " " + length.unit() + " of max_len " + schedule.maxLen();
    Map<String, Object> details = meter.describe(length);
    details.put("correct", correct);
    details.put("accuracy_verdict", judged.verdict().name());
    details.put("accuracy_value", judged.value());
    details.put("max_len", schedule.maxLen());
    details.put("progress", schedule.progress(length.value()));
    return Score.of(value, correct ? Verdict.CORRECT : Verdict.INCORRECT, reason).withDetails(details);
  }

  /** Closes the accuracy grader when it holds resources; a failure is logged, not thrown. */
  @Override
  public void close() {
    if (accuracy instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception failure) {
        LOG.warn("closing accuracy grader '{}' failed: {}", accuracyName, failure.toString());
      }
    }
  }
}
