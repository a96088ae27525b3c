package dev.rlvr.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a run produced: records, their statuses, mean reward overall and per component, and
 * records per second.
 *
 * @param records input records (= output records)
 * @param statuses records per status ({@code ok}, {@code error}, {@code timeout}, {@code skipped})
 * @param badInput records that could not be read (a subset of the errors)
 * @param meanScore the mean reward of the records that were scored; NaN when none was
 * @param componentMeans the mean of each component over the scored records
 * @param seconds wall time from reading the input to the last output file
 */
record JobSummary(long records, Map<String, Long> statuses, long badInput, double meanScore,
    Map<String, Double> componentMeans, double seconds) {

  /** Aggregates the scored rows (schema {@link OutputRows#SCHEMA}); run it on persisted rows. */
  static JobSummary of(Dataset<Row> scored, double seconds) {
    Map<String, Long> statuses = new TreeMap<>();
    long records = 0;
    for (Row r : scored.groupBy("status").agg(count("*")).collectAsList()) {
      statuses.put(r.getString(0), r.getLong(1));
      records += r.getLong(1);
    }
    Row scores = scored.agg(avg("score")).first();
    long badInput = scored.filter(col("components").isNull()).count();
    Map<String, Double> means = new TreeMap<>();
    for (Row r : scored.select(explode(col("components"))).groupBy("key").agg(avg("value")).collectAsList()) {
      means.put(r.getString(0), r.getDouble(1));
    }
    double mean = scores.isNullAt(0) ? Double.NaN : scores.getDouble(0);
    return new JobSummary(records, statuses, badInput, mean, means, seconds);
  }

  double recordsPerSecond() {
    return seconds > 0 ? records / seconds : 0;
  }

  long errors() {
    return statuses.getOrDefault("error", 0L);
  }

  /** The summary as one JSON object, for {@code <output>.summary.json}. */
  String toJson(String recipe) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("recipe", recipe);
    node.put("records", records);
    ObjectNode byStatus = node.putObject("statuses");
    statuses.forEach(byStatus::put);
    node.put("bad_input", badInput);
    if (Double.isNaN(meanScore)) {
      node.putNull("mean_score");
    } else {
      node.put("mean_score", meanScore);
    }
    ObjectNode components = node.putObject("component_means");
    componentMeans.forEach(components::put);
    node.put("seconds", round(seconds));
    node.put("records_per_second", round(recordsPerSecond()));
    return node.toString();
  }

  /** Human-readable lines, as {@code rlvr score} prints its summary. */
  String toText() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "rlvr spark: %d records in %.2f s (%.1f records/s)%n",
        records, seconds, recordsPerSecond()));
    out.append(String.format(Locale.ROOT, "  status: %s (%d bad input)%n", statuses, badInput));
    if (!Double.isNaN(meanScore)) {
      out.append(String.format(Locale.ROOT, "  reward: mean %.4f%n", meanScore));
    }
    componentMeans.forEach((name, mean) -> out.append(String.format(Locale.ROOT, "  %s: mean %.4f%n", name, mean)));
    return out.toString();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
