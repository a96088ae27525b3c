package dev.rlvr.spark;

import org.apache.spark.sql.SparkSession;

/** A small local[2] session for one test class: two cores, few shuffle partitions, no UI. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("rlvr-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
