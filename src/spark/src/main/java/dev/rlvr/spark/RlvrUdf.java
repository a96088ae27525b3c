package dev.rlvr.spark;

import dev.rlvr.engine.GraderRegistry;
import org.apache.spark.sql.SparkSession;

/**
 * Registers {@code rlvr_score(completion, ground_truth, data_source)} for Spark SQL and PySpark.
 *
 * <pre>
 * RlvrUdf.register(spark, "r1-zero-math");
 * spark.sql("SELECT id, rlvr_score(response, answer, data_source).score FROM rollouts");
 * </pre>
 *
 * <p>From PySpark, with the jar on the class path: {@code
 * spark._jvm.dev.rlvr.spark.RlvrUdf.register(spark._jsparkSession, "r1-zero-math")}. The result
 * is {@code struct<score double, status string, components map<string,double>, reason string>};
 * a record that cannot be read has status {@code error}, a null score and the reason.
 */
public final class RlvrUdf {
  /** The SQL name registered. */
  public static final String NAME = "rlvr_score";

  private RlvrUdf() {}

  /**
   * Registers {@value #NAME} scoring with a recipe.
   *
   * @param spark the session
   * @param recipe a built-in recipe name, or a recipe file readable here (its text is shipped)
   * @throws dev.rlvr.api.ConfigException when the recipe or one of its graders is missing
   */
  public static void register(SparkSession spark, String recipe) {
    register(spark, NAME, recipe);
  }

  /**
   * Registers the function under another name, for several recipes in one session.
   *
   * @param spark the session
   * @param name the SQL function name
   * @param recipe a built-in recipe name, or a recipe file readable here
   */
  public static void register(SparkSession spark, String name, String recipe) {
    RecipeSpec spec = RecipeSpec.of(recipe);
    spec.resolve(GraderRegistry.load(RlvrUdf.class.getClassLoader())); // fail now, not in a task
    spark.udf().register(name, new ScoreUdf(spec), ScoreUdf.RESULT);
  }
}
