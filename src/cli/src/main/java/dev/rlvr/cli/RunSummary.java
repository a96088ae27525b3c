package dev.rlvr.cli;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.engine.RecordStatus;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts what a run produced and prints the end-of-run summary. Used from one thread. */
final class RunSummary {
  private final Map<RecordStatus, Long> statuses = new EnumMap<>(RecordStatus.class);
  private final Map<String, Double> componentSums = new LinkedHashMap<>();
  private final Map<String, Map<Verdict, Long>> verdicts = new LinkedHashMap<>();
  private long records;
  private long badInput;
  private long scored;
  private double rewardSum;

  void add(LineOutcome outcome) {
    records++;
    statuses.merge(outcome.status(), 1L, Long::sum);
    if (outcome.badInput()) {
      badInput++;
      return;
    }
    scored++;
    rewardSum += outcome.result().reward();
    for (Map.Entry<String, Score> e : outcome.result().components().entrySet()) {
      componentSums.merge(e.getKey(), e.getValue().value(), Double::sum);
      verdicts.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).merge(e.getValue().verdict(), 1L, Long::sum);
    }
  }

  long records() {
    return records;
  }

  long errors() {
    return statuses.getOrDefault(RecordStatus.ERROR, 0L);
  }

  void print(PrintWriter err, long skipped, double seconds) {
    double rate = seconds > 0 ? records / seconds : 0;
    err.printf(Locale.ROOT, "rlvr score: %d records in %.2f s (%.1f records/s)%s%n", records, seconds, rate,
        skipped > 0 ? ", after " + skipped + " already in the output (resumed)" : "");
    err.printf(Locale.ROOT, "  status: ok %d, error %d (%d bad input), timeout %d%n",
        statuses.getOrDefault(RecordStatus.OK, 0L), errors(), badInput,
        statuses.getOrDefault(RecordStatus.TIMEOUT, 0L));
    if (scored > 0) {
      err.printf(Locale.ROOT, "  reward: mean %.4f over %d scored records%n", rewardSum / scored, scored);
    }
    for (Map.Entry<String, Double> e : componentSums.entrySet()) {
      StringBuilder counts = new StringBuilder();
      verdicts.get(e.getKey()).forEach((verdict, n) -> counts.append(counts.isEmpty() ? "" : ", ")
          .append(verdict).append(' ').append(n));
      err.printf(Locale.ROOT, "  %s: mean %.4f; %s%n", e.getKey(), e.getValue() / scored, counts);
    }
    err.flush();
  }
}
