package dev.rlvr.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet in, Parquet out, in verl's dataset layout with the rollout's response beside it. */
class VerlParquetTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ArrayType MESSAGES = DataTypes.createArrayType(new StructType()
      .add("role", DataTypes.StringType).add("content", DataTypes.StringType));
  private static final StructType VERL = new StructType()
      .add("data_source", DataTypes.StringType)
      .add("prompt", MESSAGES)
      .add("ability", DataTypes.StringType)
      .add("reward_model", new StructType()
          .add("ground_truth", DataTypes.StringType).add("style", DataTypes.StringType))
      .add("extra_info", new StructType()
          .add("split", DataTypes.StringType).add("index", DataTypes.LongType))
      .add("response", DataTypes.StringType);
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void scoresVerlRowsLikeTheSameRecordsInJsonl() throws IOException {
    List<JsonNode> problems = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(MixedRollouts.PROBLEMS.resolve("math-rollouts.jsonl"))) {
      JsonNode p;
      try {
        p = JSON.readTree(line);
      } catch (IOException badLine) {
        continue; // the file's deliberately broken lines have no verl row
      }
      if (p.isObject() && p.path("prompt").isTextual() && p.path("completion").isTextual() && p.has("ground_truth")) {
        problems.add(p);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<String> asJsonl = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      JsonNode p = problems.get(i);
      String gold = p.get("ground_truth").isTextual() ? p.get("ground_truth").asText() : p.get("ground_truth").toString();
      rows.add(RowFactory.create(p.get("data_source").asText(),
          new Row[] {RowFactory.create("user", p.get("prompt").asText())}, "math",
          RowFactory.create(gold, "rule"), RowFactory.create("test", (long) i), p.get("completion").asText()));
      asJsonl.add(verlRecordAsJson(p, gold, i));
    }
    Path input = dir.resolve("verl.parquet");
    Dataset<Row> verl = spark.createDataFrame(rows, VERL);
    verl.coalesce(1).write().parquet(input.toString());
    Path output = dir.resolve("scored.parquet");

    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ScoreJob.run(spark, JobOptions.parse("--recipe", "r1-zero-math", "--input", input.toString(),
        "--output", output.toString(), "--partitions", "3"), quiet, quiet);

    List<Row> scored = spark.read().parquet(output.toString()).orderBy("line").collectAsList();
    assertThat(spark.read().parquet(output.toString()).columns())
        .containsExactly("line", "id", "status", "score", "components", "error", "details");
    List<JsonNode> expected = ReferenceScores.of("r1-zero-math", asJsonl);
    assertThat(scored).hasSize(problems.size());
    for (int i = 0; i < scored.size(); i++) {
      Row row = scored.get(i);
      JsonNode want = expected.get(i);
      assertThat(row.getLong(0)).isEqualTo(i + 1);
      assertThat(row.getString(2)).as("status of row %d", i).isEqualTo(want.get("status").asText());
      assertThat(row.getDouble(3)).as("score of row %d", i).isEqualTo(want.get("score").asDouble());
      assertThat(row.<String, Double>getJavaMap(4)).containsOnlyKeys("accuracy", "format")
          .containsEntry("accuracy", want.get("components").get("accuracy").asDouble());
      assertThat(ReferenceScores.comparable(row.getString(6))).isEqualTo(want.get("details"));
    }
    assertThat(scored).anyMatch(r -> r.getDouble(3) > 1.0).anyMatch(r -> r.getDouble(3) < 1.0);
  }

  /** The JSONL record a verl row stands for, as toJSON would write it. */
  private static String verlRecordAsJson(JsonNode p, String gold, int index) {
    ObjectNode r = JSON.createObjectNode();
    r.put("data_source", p.get("data_source").asText());
    r.putArray("prompt").addObject().put("role", "user").put("content", p.get("prompt").asText());
    r.put("ability", "math");
    r.putObject("reward_model").put("ground_truth", gold).put("style", "rule");
    r.putObject("extra_info").put("split", "test").put("index", index);
    r.put("response", p.get("completion").asText());
    return r.toString();
  }
}
