package dev.rlvr.spark;

import dev.rlvr.api.ConfigException;
import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a JSONL or Parquet file of rollouts on Spark.
 *
 * <pre>
 * spark-submit --class dev.rlvr.spark.ScoreJob rlvr-spark.jar \
 *     --recipe r1-zero-math --input rollouts.parquet --output scored/ --output-format parquet
 * </pre>
 *
 * <p>Without a configured master (plain {@code java}, or {@code spark-submit} without
 * {@code --master}) it runs in local mode, {@code local[2]} unless {@code --master} says otherwise.
 * Exit codes: 0 all records scored, 1 some records have status error, 2 usage error.
 */
public final class ScoreJob {
  private ScoreJob() {}

  /**
   * Runs the job.
   *
   * @param args see {@link JobOptions#USAGE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(JobOptions.USAGE);
      return 0;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("rlvr spark: " + e.getMessage());
      err.println(JobOptions.USAGE);
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("rlvr score " + options.recipe());
    boolean local = !conf.contains("spark.master");
    if (local) {
      conf.setMaster(options.master());
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (local) {
      spark.sparkContext().setLogLevel("WARN"); // a cluster keeps its own log4j settings
    }
    try {
      return run(spark, options, out, err);
    } finally {
      spark.stop();
    }
  }

  /** Runs on a session the caller owns (tests share one). */
  static int run(SparkSession spark, JobOptions options, PrintStream out, PrintStream err) {
    try {
      JobSummary summary = new ScoreRun(spark, options).run();
      out.print(summary.toText());
      out.println("  summary: " + OutputFiles.summaryPath(options.output()));
      return summary.errors() > 0 ? 1 : 0;
    } catch (ConfigException e) {
      err.println("rlvr spark: " + e.getMessage());
      return 2;
    }
  }
}
