package dev.rlvr.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RlvrUdfTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start();
    RlvrUdf.register(spark, "r1-zero-math");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void scoresFromSqlAsTheEngineDoes() {
    String right = "<think>0.15*480 = 72</think> <answer>\\boxed{72}</answer>";
    String wrong = "<think>guess</think> <answer>\\boxed{70}</answer>";
    spark.createDataFrame(List.of(new Completion("a", right, "72"), new Completion("b", wrong, "72")),
        Completion.class).createOrReplaceTempView("rollouts");

    List<Row> rows = spark.sql("SELECT id, rlvr_score(completion, gold, 'openai/gsm8k') AS r FROM rollouts ORDER BY id")
        .collectAsList();

    RewardResult expected = reference(right, "72");
    Row a = rows.get(0).getStruct(1);
    assertThat(a.getDouble(0)).isEqualTo(expected.reward());
    assertThat(a.getString(1)).isEqualTo("ok");
    assertThat(a.<String, Double>getJavaMap(2)).containsEntry("accuracy", 1.0).containsKey("format");
    Row b = rows.get(1).getStruct(1);
    assertThat(b.getDouble(0)).isEqualTo(reference(wrong, "72").reward()).isLessThan(a.getDouble(0));
    assertThat(b.<String, Double>getJavaMap(2)).containsEntry("accuracy", 0.0);
    assertThat(b.getString(3)).startsWith("accuracy: ");
  }

  @Test
  void givesAnErrorStructForARecordItCannotRead() {
    Row r = spark.sql("SELECT rlvr_score(CAST(NULL AS STRING), '72', 'openai/gsm8k') AS r").first().getStruct(0);

    assertThat(r.isNullAt(0)).isTrue();
    assertThat(r.getString(1)).isEqualTo("error");
    assertThat(r.getString(3)).contains("no completion");
  }

  @Test
  void refusesAnUnknownRecipeWhenRegistering() {
    assertThatThrownBy(() -> RlvrUdf.register(spark, "no-such-recipe"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no-such-recipe");
  }

  private static RewardResult reference(String completion, String gold) {
    GraderRegistry registry = GraderRegistry.load(RlvrUdfTest.class.getClassLoader());
    try (RewardEngine engine = RewardEngine.create(RecipeCatalog.of(registry).resolve("r1-zero-math"), registry,
        new EngineOptions(1))) {
      Rollout rollout = Rollout.of(completion);
      return engine.score(rollout, Reference.ofAnswers(gold));
    }
  }

  /** A row of the test table. */
  public static final class Completion implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String completion;
    private String gold;

    public Completion() {}

    Completion(String id, String completion, String gold) {
      this.id = id;
      this.completion = completion;
      this.gold = gold;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getCompletion() {
      return completion;
    }

    public void setCompletion(String completion) {
      this.completion = completion;
    }

    public String getGold() {
      return gold;
    }

    public void setGold(String gold) {
      this.gold = gold;
    }
  }
}
