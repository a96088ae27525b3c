package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import dev.rlvr.trainer.metrics.StepMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few real GRPO steps on the CPU with rewards from the math and format graders. */
class TrainingRunTest {

  @Test
  void aFewStepsGiveFiniteMetricsAndZeroKlAtStepOne(@TempDir Path dir) throws Exception {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    GrpoConfig base = GrpoConfig.read(root.resolve("src/trainer/src/test/resources/ci.yaml"));
    GrpoConfig config = new GrpoConfig(base.recipe(), base.rewardWeights(),
        root.resolve(base.trainFile()).toString(), root.resolve(base.heldoutFile()).toString(),
        root.resolve(base.warmupFile()).toString(), base.template(), dir.toString(), base.seed(), base.modelDim(),
        base.modelLayers(), base.modelHeads(), base.context(), base.warmupSteps(), base.warmupBatchSize(),
        base.warmupLearningRate(), base.steps(), base.promptsPerStep(), base.numGenerations(),
        base.maxCompletionLength(), base.temperature(), base.topP(), base.learningRate(), base.clipGrad(),
        base.lossType(), base.scaleRewards(), base.epsilon(), base.epsilonHigh(), base.beta(), base.numIterations(),
        base.maskTruncatedCompletions(), base.dynamicSampling(), base.maxGenerationBatches(), base.evalEvery(),
        base.rewardThreads(), base.threads());
    StringWriter log = new StringWriter();

    TrainingRun.Outcome outcome = new TrainingRun(config, Device.cpu(), new PrintWriter(log)).run();

    assertThat(outcome.steps()).hasSize(config.steps()).allMatch(StepMetrics::finite);
    assertThat(outcome.steps().get(0).kl()).isZero();
    assertThat(outcome.steps().get(0).componentMean()).containsOnlyKeys("accuracy", "format");
    System.out.println(log);
    assertThat(log.toString()).contains("step 1/" + config.steps(), "held-out accuracy after GRPO");
    assertThat(Files.readAllLines(dir.resolve("metrics.csv"))).hasSize(config.steps() + 1)
        .first().asString().startsWith("step,loss,reward_mean,reward_std,reward_accuracy_mean");
    assertThat(dir.resolve("curves.png")).isNotEmptyFile();
    assertThat(dir.resolve("policy.ckpt")).isNotEmptyFile();
  }
}
