/**
 * Offline batch scoring on Apache Spark: {@link dev.rlvr.spark.ScoreJob} (for {@code spark-submit},
 * or local mode from {@code main}) scores JSONL or Parquet rollouts inside {@code mapPartitions}
 * with one reward engine per executor JVM, and {@link dev.rlvr.spark.RlvrUdf} registers the
 * {@code rlvr_score} SQL function. Records are read and written by {@code dev.rlvr.record}, the
 * same code as {@code rlvr score}, so both give the same scores.
 */
package dev.rlvr.spark;
