package dev.rlvr.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void guessesFormatsFromFileNamesAndDefaultsToLocalMode() {
    JobOptions o = JobOptions.parse("--recipe", "math", "--input", "in/train.parquet/", "--output", "out");

    assertThat(o.format()).isEqualTo(DataFormat.PARQUET);
    assertThat(o.outputFormat()).isEqualTo(DataFormat.JSONL);
    assertThat(o.master()).isEqualTo("local[2]");
    assertThat(o.partitions()).isZero();
  }

  @Test
  void takesExplicitFormatsPartitionsAndMappings() {
    JobOptions o = JobOptions.parse("-r", "format", "-i", "in.txt", "-o", "out", "--format", "jsonl",
        "--output-format", "parquet", "--partitions", "8", "--map", "ground_truth=meta.gold");

    assertThat(o.outputFormat()).isEqualTo(DataFormat.PARQUET);
    assertThat(o.partitions()).isEqualTo(8);
    assertThat(o.mappings()).containsExactly("ground_truth=meta.gold");
  }

  @Test
  void refusesMissingValuesUnknownOptionsAndBadNumbers() {
    assertThatThrownBy(() -> JobOptions.parse("--recipe", "math", "--input", "x"))
        .hasMessageContaining("--output is required");
    assertThatThrownBy(() -> JobOptions.parse("--recipe")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> JobOptions.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> JobOptions.parse("-r", "m", "-i", "x", "-o", "y", "--partitions", "many"))
        .hasMessageContaining("takes a number");
    assertThatThrownBy(() -> JobOptions.parse("-r", "m", "-i", "x", "-o", "y", "--format", "csv"))
        .hasMessageContaining("unknown format 'csv'");
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = ScoreJob.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err));

    assertThat(code).isZero();
    assertThat(out.toString()).contains("usage: ScoreJob --recipe");
    assertThat(err.toString()).isEmpty();
  }
}
