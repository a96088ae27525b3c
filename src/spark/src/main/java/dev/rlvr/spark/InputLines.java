package dev.rlvr.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the input as {@code (line, text)} rows: each JSONL line, or each Parquet row written as
 * the JSON object the record parser reads, numbered from 1 in input order.
 */
final class InputLines {
  static final StructType SCHEMA = new StructType()
      .add("line", DataTypes.LongType, false)
      .add("text", DataTypes.StringType, false);

  private InputLines() {}

  /**
   * Reads and spreads the input over {@code partitions} partitions by line range, each sorted by
   * line, so that part files in name order hold the records in input order.
   */
  static Dataset<Row> read(SparkSession spark, String path, DataFormat format, int partitions) {
    Dataset<String> texts = switch (format) {
      // Split on \n only, as rlvr score does: a stray \r inside a broken line must not make two records.
      case JSONL -> spark.read().option("lineSep", "\n").text(path).as(Encoders.STRING());
      // verl's columns (prompt messages, reward_model.ground_truth, extra_info...) become the
      // nested JSON fields the parser already knows.
      case PARQUET -> spark.read().parquet(path).toJSON();
    };
    JavaRDD<Row> numbered = texts.javaRDD().zipWithIndex()
        .map(pair -> RowFactory.create(pair._2() + 1, withoutCarriageReturn(pair._1())));
    Dataset<Row> lines = spark.createDataFrame(numbered, SCHEMA);
    return lines.repartitionByRange(partitions, col("line")).sortWithinPartitions(col("line"));
  }

  private static String withoutCarriageReturn(String text) {
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
