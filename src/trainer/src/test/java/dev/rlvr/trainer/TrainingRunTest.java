package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import dev.rlvr.trainer.metrics.StepMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few real GRPO steps on the CPU with rewards from the math and format graders. */
class TrainingRunTest {
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  /** The CI config with its data paths resolved from the repository root and output in {@code dir}. */
  static GrpoConfig ciConfig(Path dir) throws Exception {
    GrpoConfig base = GrpoConfig.read(ROOT.resolve("src/trainer/src/test/resources/ci.yaml"));
    return base.with(Map.of("train_file", ROOT.resolve(base.trainFile()).toString(),
        "heldout_file", ROOT.resolve(base.heldoutFile()).toString(),
        "warmup_file", ROOT.resolve(base.warmupFile()).toString(), "output_dir", dir.toString()));
  }

  @Test
  void aFewStepsGiveFiniteMetricsAndZeroKlAtStepOne(@TempDir Path dir) throws Exception {
    GrpoConfig config = ciConfig(dir);
    StringWriter log = new StringWriter();

    TrainingRun.Outcome outcome = new TrainingRun(config, Device.cpu(), new PrintWriter(log)).run();

    assertThat(outcome.steps()).hasSize(config.steps()).allMatch(StepMetrics::finite);
    assertThat(outcome.steps().get(0).kl()).isZero();
    assertThat(outcome.steps().get(0).componentMean()).containsOnlyKeys("accuracy", "format");
    assertThat(log.toString()).contains("step 1/" + config.steps(), "held-out accuracy after GRPO",
        "(97-token vocabulary)");
    assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(config.steps() + 1)
        .first().asString().startsWith("step,loss,reward_mean,reward_std,reward_accuracy_mean");
    assertThat(dir.resolve("curves.png")).isNotEmptyFile();
    assertThat(dir.resolve("policy.ckpt")).isNotEmptyFile();
  }

  /** The same run on a hand-written Hugging Face tokenizer.json: the model's vocabulary follows it. */
  @Test
  void aHuggingFaceTokenizerPlugsIn(@TempDir Path dir) throws Exception {
    Path tokenizer = ROOT.resolve("src/trainer/src/test/resources/tokenizer/tokenizer.json");
    GrpoConfig config = ciConfig(dir).withTokenizer(tokenizer.toString(), "</s>", "<pad>");
    StringWriter log = new StringWriter();

    TrainingRun.Outcome outcome = new TrainingRun(config, Device.cpu(), new PrintWriter(log)).run();

    assertThat(outcome.steps()).hasSize(config.steps()).allMatch(StepMetrics::finite);
    assertThat(outcome.steps().get(0).kl()).isZero();
    assertThat(log.toString()).contains("(26-token vocabulary)", "step " + config.steps() + "/" + config.steps(),
        "held-out accuracy after GRPO");
    assertThat(dir.resolve("policy.ckpt")).isNotEmptyFile();
  }

  /** A run can start where another stopped: the loaded policy evaluates exactly as the saved one did. */
  @Test
  void aRunStartsFromASavedCheckpoint(@TempDir Path dir) throws Exception {
    GrpoConfig first = ciConfig(dir.resolve("first"));
    TrainingRun.Outcome trained = new TrainingRun(first, Device.cpu(), new PrintWriter(new StringWriter())).run();
    assertThat(dir.resolve("first/warmup.ckpt")).isNotEmptyFile();
    Path saved = dir.resolve("first/policy.ckpt");

    GrpoConfig second = ciConfig(dir.resolve("second")).with("init_checkpoint", saved.toString())
        .with("warmup_steps", 0).with("steps", 1);
    StringWriter log = new StringWriter();
    TrainingRun.Outcome resumed = new TrainingRun(second, Device.cpu(), new PrintWriter(log)).run();

    assertThat(resumed.heldoutBefore()).isEqualTo(trained.heldoutAfter());
    assertThat(log.toString()).contains("from " + saved).doesNotContain("warm-up:");
    assertThat(dir.resolve("second/warmup.ckpt")).doesNotExist();
  }

  @Test
  void aCheckpointOfAnotherVocabularyIsRefused(@TempDir Path dir) throws Exception {
    new TrainingRun(ciConfig(dir.resolve("char")).with("steps", 1), Device.cpu(), new PrintWriter(new StringWriter()))
        .run();
    Path tokenizer = ROOT.resolve("src/trainer/src/test/resources/tokenizer/tokenizer.json");
    GrpoConfig other = ciConfig(dir.resolve("hf")).withTokenizer(tokenizer.toString(), "</s>", "<pad>")
        .with("init_checkpoint", dir.resolve("char/policy.ckpt").toString());

    assertThatThrownBy(() -> new TrainingRun(other, Device.cpu(), new PrintWriter(new StringWriter())).run())
        .isInstanceOf(IOException.class).hasMessageContaining("97-token vocabulary")
        .hasMessageContaining("26");
  }

  @Test
  void anUnknownKeyCannotBeSetInACopy(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ciConfig(dir).with("learning_rat", 0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("learning_rat");
  }
}
