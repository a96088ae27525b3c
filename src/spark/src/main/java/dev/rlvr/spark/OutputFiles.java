package dev.rlvr.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Writes the scored rows and the summary file, on whatever file system the output path names. */
final class OutputFiles {
  private OutputFiles() {}

  static void write(Dataset<Row> scored, String output, DataFormat format) {
    switch (format) {
      case JSONL -> scored.select(OutputRows.JSON).write().mode(SaveMode.Overwrite).text(output);
      case PARQUET -> scored.drop(OutputRows.JSON).write().mode(SaveMode.Overwrite).parquet(output);
    }
  }

  /** The summary file's path: beside the output folder, so Spark readers of the folder never see it. */
  static String summaryPath(String output) {
    String trimmed = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
    return trimmed + ".summary.json";
  }

  static void writeSummary(SparkSession spark, String output, String json) {
    Path path = new Path(summaryPath(output));
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the summary " + path, e);
    }
  }
}
