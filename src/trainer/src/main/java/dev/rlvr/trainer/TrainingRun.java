package dev.rlvr.trainer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.data.ProblemSet;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.metrics.CurveChart;
import dev.rlvr.trainer.metrics.MetricsCsv;
import dev.rlvr.trainer.metrics.StepMetrics;
import dev.rlvr.trainer.model.ModelShape;
import dev.rlvr.trainer.model.TokenCodec;
import dev.rlvr.trainer.model.Weights;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A whole run: warm-up, held-out accuracy before GRPO, the GRPO steps with a CSV row and a
 * progress line each, held-out accuracy after, the chart and the final checkpoint.
 */
public final class TrainingRun {
  private final GrpoConfig config;
  private final Device device;
  private final PrintWriter progress;

  /**
   * Prepares a run.
   *
   * @param config the settings
   * @param device where tensors live
   * @param progress where progress lines go
   */
  public TrainingRun(GrpoConfig config, Device device, PrintWriter progress) {
    this.config = config;
    this.device = device;
    this.progress = progress;
  }

  /**
   * What a run ends with.
   *
   * @param heldoutBefore held-out accuracy after the warm-up only
   * @param heldoutAfter held-out accuracy after GRPO
   * @param steps every step's metrics
   */
  public record Outcome(double heldoutBefore, double heldoutAfter, List<StepMetrics> steps) {}

  /**
   * Runs.
   *
   * @return the outcome
   * @throws IOException when data cannot be read or outputs written
   */
  public Outcome run() throws IOException {
    Engine.getInstance().setRandomSeed((int) config.seed());
    Path out = Path.of(config.outputDir());
    Files.createDirectories(out);
    PromptTemplate template = new PromptTemplate(config.template());
    List<Problem> train = ProblemSet.read(Path.of(config.trainFile()));
    List<Problem> heldout = ProblemSet.read(Path.of(config.heldoutFile()));
    try (TokenCodec tokenizer = config.openTokenizer()) {
      return run(out, template, train, heldout, tokenizer);
    }
  }

  private Outcome run(Path out, PromptTemplate template, List<Problem> train, List<Problem> heldout,
      TokenCodec tokenizer) throws IOException {
    ModelShape shape = new ModelShape(tokenizer.vocabularySize(), config.modelDim(), config.modelLayers(),
        config.modelHeads(), config.context());
    try (NDManager manager = NDManager.newBaseManager(device);
        RewardScorer scorer = RewardScorer.open(config.recipe(), config.rewardWeights(), config.rewardThreads());
        Weights weights = initialWeights(shape, manager)) {
      progress.printf(Locale.ROOT,
          "rlvr-train: %d parameters (%d-token vocabulary) on %s, recipe %s, %d train / %d held-out problems%s%n",
          weights.parameterCount(), shape.vocabulary(), device, scorer.recipe().name(), train.size(), heldout.size(),
          config.initCheckpoint() == null ? "" : ", from " + config.initCheckpoint());
      if (config.warmupSteps() > 0) {
        Policy warm = Policy.of(weights, config.warmupLearningRate(), config.clipGrad());
        float l = new SupervisedWarmup(warm.model(), warm.optimizer(), tokenizer, template)
            .run(manager, ProblemSet.read(Path.of(config.warmupFile())), config.warmupSteps(), config.warmupBatchSize(), config.seed());
        progress.printf(Locale.ROOT, "warm-up: %d steps, last loss %.4f%n", config.warmupSteps(), l);
        save(weights, out.resolve("warmup.ckpt"));
      }
      Policy policy = Policy.of(weights, config.learningRate(), config.clipGrad());
      Evaluator evaluator = new Evaluator(scorer, template, config.maxCompletionLength(), tokenizer);
      double before = evaluator.evaluate(policy.model(), manager, heldout).fullMarks("accuracy");
      progress.printf(Locale.ROOT, "held-out accuracy before GRPO: %.3f%n", before);
      progress.flush();
      List<StepMetrics> steps = new ArrayList<>();
      try (GrpoTrainer trainer = new GrpoTrainer(config, manager, scorer, policy, train, tokenizer);
          MetricsCsv csv = new MetricsCsv(out.resolve("metrics.csv"), scorer.recipe().componentNames())) {
        trainer.freezeReference();
        for (int s = 1; s <= config.steps(); s++) {
          StepMetrics m = trainer.step(s);
          if (config.evalEvery() > 0 && s % config.evalEvery() == 0) {
            m = m.withHeldoutAccuracy(evaluator.evaluate(policy.model(), manager, heldout).fullMarks("accuracy"));
          }
          csv.append(m);
          steps.add(m);
          progress.println(m.progressLine(config.steps()));
          progress.flush();
        }
      }
      double after = evaluator.evaluate(policy.model(), manager, heldout).fullMarks("accuracy");
      progress.printf(Locale.ROOT, "held-out accuracy after GRPO: %.3f (before %.3f)%n", after, before);
      save(weights, out.resolve("policy.ckpt"));
      try {
        CurveChart.write(steps, out.resolve("curves.png"));
      } catch (IOException | RuntimeException | LinkageError e) {
        // A machine without fonts (a bare container) cannot draw text; the run's results stand.
        progress.printf(Locale.ROOT, "chart not written (%s); metrics.csv holds the same curves%n", e);
      }
      progress.flush();
      return new Outcome(before, after, steps);
    }
  }

  // Random weights of the config's size, or a checkpoint's (whose size wins: it was trained so).
  private Weights initialWeights(ModelShape shape, NDManager manager) throws IOException {
    if (config.initCheckpoint() == null) {
      return Weights.random(shape, manager);
    }
    Weights loaded;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(config.initCheckpoint())))) {
      loaded = Weights.load(in, manager);
    }
    if (loaded.shape().vocabulary() != shape.vocabulary()) {
      int vocabulary = loaded.shape().vocabulary();
      loaded.close();
      throw new IOException(config.initCheckpoint() + " has a " + vocabulary + "-token vocabulary but the tokenizer has "
          + shape.vocabulary() + ": start from a checkpoint trained with the same tokenizer");
    }
    return loaded;
  }

  private static void save(Weights weights, Path file) throws IOException {
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file))) {
      weights.save(o);
    }
  }
}
