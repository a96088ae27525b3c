package dev.rlvr.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
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
  void writesEveryJsonlRecordOnceInInputOrderWithTheScoresOfRlvrScore() throws IOException {
    List<String> lines = MixedRollouts.lines(20);
    Path input = MixedRollouts.write(dir.resolve("in.jsonl"), lines);
    Path output = dir.resolve("out");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int exit = run(printed, "--recipe", "r1-zero-math", "--input", input.toString(), "--output", output.toString(),
        "--partitions", "5");

    List<String> written = partLines(output);
    assertThat(lines).hasSizeGreaterThan(3000);
    assertThat(written).hasSize(lines.size());
    List<JsonNode> expected = ReferenceScores.of("r1-zero-math", lines);
    for (int i = 0; i < written.size(); i++) {
      JsonNode record = JSON.readTree(written.get(i));
      assertThat(record.get("line").asLong()).as("order key of output line %d", i + 1).isEqualTo(i + 1);
      assertThat(ReferenceScores.comparable(written.get(i))).as("record of line %d", i + 1).isEqualTo(expected.get(i));
    }
    long errors = expected.stream().filter(r -> r.get("status").asText().equals("error")).count();
    assertThat(errors).isGreaterThanOrEqualTo(20);
    assertThat(exit).isEqualTo(1);
    JsonNode summary = JSON.readTree(Files.readString(Path.of(output + ".summary.json")));
    assertThat(summary.get("records").asLong()).isEqualTo(lines.size());
    assertThat(summary.get("statuses").get("error").asLong()).isEqualTo(errors);
    assertThat(summary.get("component_means").has("accuracy")).isTrue();
    assertThat(summary.get("records_per_second").asDouble()).isPositive();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(lines.size() + " records in");
  }

  @Test
  void answersUsageErrorsWithExitCodeTwoBeforeScoring() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path output = dir.resolve("never");

    int exit = run(printed, "--recipe", "no-such-recipe", "--input", "x.jsonl", "--output", output.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(output).doesNotExist();
  }

  private static int run(ByteArrayOutputStream printed, String... args) {
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    return ScoreJob.run(spark, JobOptions.parse(args), out, out);
  }

  /** The output folder's part files in name order, which is partition order. */
  static List<String> partLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
