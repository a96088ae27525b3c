package dev.rlvr.spark;

import dev.rlvr.engine.GraderRegistry;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One scoring run on a session: read, score in {@code mapPartitions}, write, summarize. The
 * scored rows are persisted so that the summary does not score them a second time.
 */
final class ScoreRun {
  private final SparkSession spark;
  private final JobOptions options;

  ScoreRun(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  JobSummary run() {
    RecipeSpec recipe = RecipeSpec.of(options.recipe());
    // Fail on the driver, before any task starts, when the recipe or a grader is missing.
    recipe.resolve(GraderRegistry.load(ScoreRun.class.getClassLoader()));
    long start = System.nanoTime();
    Dataset<Row> lines = InputLines.read(spark, options.input(), options.format(), partitions());
    boolean parquet = options.outputFormat() == DataFormat.PARQUET;
    Dataset<Row> scored = lines
        .mapPartitions(new ScorePartition(recipe, options.mappings(), parquet),
            Encoders.row(OutputRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      OutputFiles.write(scored, options.output(), options.outputFormat());
      JobSummary summary = JobSummary.of(scored, (System.nanoTime() - start) / 1e9);
      OutputFiles.writeSummary(spark, options.output(), summary.toJson(options.recipe()));
      return summary;
    } finally {
      scored.unpersist();
    }
  }

  private int partitions() {
    return options.partitions() > 0 ? options.partitions() : 2 * spark.sparkContext().defaultParallelism();
  }
}
