package dev.rlvr.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.api.Score;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.record.RecordException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code score(completion, ground_truth, data_source)}: the three fields become an input record
 * read by the same parser as {@code rlvr score}, and the executor's shared engine scores it.
 */
final class ScoreUdf implements UDF3<String, String, String, Row> {
  static final StructType RESULT = new StructType()
      .add("score", DataTypes.DoubleType, true)
      .add("status", DataTypes.StringType, false)
      .add("components", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), true)
      .add("reason", DataTypes.StringType, true);
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final InputRecordParser PARSER = new InputRecordParser(FieldMapping.defaults());

  private final RecipeSpec recipe;

  ScoreUdf(RecipeSpec recipe) {
    this.recipe = recipe;
  }

  @Override
  public Row call(String completion, String groundTruth, String dataSource) {
    ObjectNode fields = JSON.createObjectNode();
    fields.put("completion", completion);
    fields.put("ground_truth", groundTruth);
    fields.put("data_source", dataSource);
    InputRecord record;
    try {
      record = PARSER.parse(fields.toString(), 0);
    } catch (RecordException bad) {
      return RowFactory.create(null, "error", null, bad.getMessage());
    }
    RewardResult result = EngineHolder.engine(recipe).score(record.rollout(), record.reference());
    Map<String, Double> components = new LinkedHashMap<>();
    result.components().forEach((name, score) -> components.put(name, score.value()));
    return RowFactory.create(result.reward(), result.status().wireName(), CollectionConverters.asScala(components),
        reason(result));
  }

  /** The error when there is one, else each component's reason: why the reward is what it is. */
  private static String reason(RewardResult result) {
    if (!result.error().isEmpty()) {
      return result.error();
    }
    StringJoiner reasons = new StringJoiner("; ");
    for (Map.Entry<String, Score> e : result.components().entrySet()) {
      reasons.add(e.getKey() + ": " + e.getValue().reason());
    }
    return reasons.toString();
  }
}
