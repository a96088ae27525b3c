package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
  private static final Path CI_CONFIG = Path.of("src/test/resources/ci.yaml").toAbsolutePath();

  @Test
  void forcingAGpuThatIsNotThereIsAUsageErrorThatSaysWhatToSet(@TempDir Path dir) {
    assumeTrue(Engine.getInstance().getGpuCount() == 0, "this machine has a GPU");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TrainCommand()).setErr(new PrintWriter(err));

    int code = cli.execute("--config", CI_CONFIG.toString(), "--device", "gpu", "--output-dir", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--device gpu").contains("PYTORCH_LIBRARY_PATH");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anUnknownConfigKeyFailsBeforeAnythingRuns(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(config, "steps: 3\nlearning_rat: 0.1\n");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TrainCommand()).setErr(new PrintWriter(err));

    int code = cli.execute("--config", config.toString(), "--output-dir", dir.resolve("out").toString());

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("learning_rat");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
