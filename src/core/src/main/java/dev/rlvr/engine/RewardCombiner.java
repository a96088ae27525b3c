package dev.rlvr.engine;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the component scores of one record into its reward, status and error line. */
final class RewardCombiner {
  private RewardCombiner() {}

  static RewardResult combine(Recipe recipe, Map<String, Score> scores, Duration elapsed) {
    double reward = 0.0;
    Set<String> gatedOff = new HashSet<>();
    for (Recipe.Component c : recipe.components()) {
      if (c.gate() != null && !gateOpen(c.gate(), scores.get(c.gate().component()))) {
        gatedOff.add(c.name());
        continue;
      }
      reward += c.weight() * scores.get(c.name()).value();
    }
    RecordStatus status = RecordStatus.OK;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      Verdict v = e.getValue().verdict();
      if (v.isJudgement()) {
        continue;
      }
      problems.add(e.getKey() + ": " + v + (e.getValue().reason().isEmpty() ? "" : " (" + e.getValue().reason() + ")"));
      if (v != Verdict.TIMEOUT) {
        status = RecordStatus.ERROR;
      } else if (status == RecordStatus.OK) {
        status = RecordStatus.TIMEOUT;
      }
    }
    return new RewardResult(reward, scores, gatedOff, status, String.join("; ", problems), elapsed);
  }

  private static boolean gateOpen(Recipe.Gate gate, Score target) {
    return target.verdict().isJudgement() && target.value() >= gate.minScore();
  }
}
