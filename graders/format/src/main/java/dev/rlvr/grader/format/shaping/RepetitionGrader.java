package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores repetition as {@code (1 - unique / total) * max_penalty}, in [max_penalty, 0]: 0 is
 * {@link Verdict#CORRECT} (no n-gram repeats, or the text is shorter than one n-gram), anything
 * below it {@link Verdict#PARTIAL}. The reference is not used. Immutable and thread-safe.
 */
final class RepetitionGrader implements Grader {
  private final NgramCounter counter;
  private final double maxPenalty;
  private final Scope scope;

  RepetitionGrader(NgramCounter counter, double maxPenalty, Scope scope) {
    this.counter = counter;
    this.maxPenalty = maxPenalty;
    this.scope = scope;
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    NgramCount count = counter.count(scope.select(rollout));
    // + 0.0 turns the -0.0 of "no repeats times a negative penalty" into 0.0
    double value = count.repeatedShare() * maxPenalty + 0.0;
    String grams = counter.n() + "-grams of " + count.unit().label();
    Score score;
    if (count.total() == 0) {
      score = Score.of(0.0, Verdict.CORRECT, count.units() + " " + count.unit().label() + ", fewer than "
          + counter.n() + ": nothing to compare");
    } else if (value == 0.0) {
      score = Score.of(0.0, Verdict.CORRECT, "all " + count.total() + " " + grams + " distinct");
    } else {
      score = Score.of(value, Verdict.PARTIAL, (count.total() - count.unique()) + " of " + count.total()
          + " " + grams + " repeat an earlier one");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("unit", count.unit().label());
    details.put("ngram_size", counter.n());
    details.put("units", count.units());
    details.put("total_ngrams", count.total());
    details.put("unique_ngrams", count.unique());
    details.put("repeated_share", count.repeatedShare());
    details.put("max_penalty", maxPenalty);
    details.put("scope", scope.label());
    return score.withDetails(details);
  }
}
