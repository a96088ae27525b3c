package dev.rlvr.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.api.Score;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows the job writes: one per input record, with its line number as the order key. JSONL
 * output writes the {@code json} column; Parquet output the others.
 */
final class OutputRows {
  static final String JSON = "json";
  static final StructType SCHEMA = new StructType()
      .add("line", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, true)
      .add("status", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, true)
      .add("components", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), true)
      .add("error", DataTypes.StringType, true)
      .add("details", DataTypes.StringType, true)
      .add(JSON, DataTypes.StringType, false);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputRows() {}

  /**
   * The row of a scored line.
   *
   * @param withDetails whether to fill the details column (Parquet output), which costs a parse
   */
  static Row of(ScoredLine scored, boolean withDetails) {
    Object components = null;
    Double score = null;
    if (scored.result() != null) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (Map.Entry<String, Score> e : scored.result().components().entrySet()) {
        values.put(e.getKey(), e.getValue().value());
      }
      // Spark's row encoder takes Scala maps.
      components = CollectionConverters.asScala(values);
      score = scored.result().reward();
    }
    return RowFactory.create(scored.line(), scored.id(), scored.status().wireName(), score, components,
        scored.error(), withDetails ? details(scored.json()) : null, jsonWithLine(scored));
  }

  /** Scored records get the line number error records already carry, so each row has its order key. */
  private static String jsonWithLine(ScoredLine scored) {
    if (scored.result() == null) {
      return scored.json();
    }
    return "{\"line\":" + scored.line() + "," + scored.json().substring(1);
  }

  private static String details(String json) {
    try {
      JsonNode details = MAPPER.readTree(json).get("details");
      return details == null ? null : MAPPER.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an output record is not JSON", e);
    }
  }
}
