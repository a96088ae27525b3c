package dev.rlvr.trainer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.data.ProblemSet;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.metrics.StepMetrics;
import dev.rlvr.trainer.model.Completions;
import dev.rlvr.trainer.model.Generator;
import dev.rlvr.trainer.model.ModelShape;
import dev.rlvr.trainer.model.TokenCodec;
import dev.rlvr.trainer.model.TokenSampler;
import dev.rlvr.trainer.model.Weights;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The trainer's own timing, all in one process on one device: generation tokens/s with and
 * without the KV cache (the same seed, so both sample the same tokens), for the config's
 * template and for the full R1-Zero template, and the time of whole GRPO steps (generation,
 * reward scoring, log-probs, loss, backward and AdamW). Generation is timed on an untrained
 * model of the config's shape: it rarely samples the end token, so rows run to the length
 * limit whatever the prompt (a warmed-up model stops after one token on a template it never
 * saw, which times only the prompt). The GRPO steps use the model after the config's warm-up.
 */
public final class Benchmark {
  private final GrpoConfig config;
  private final Device device;
  private final PrintWriter out;

  /**
   * Prepares a benchmark.
   *
   * @param config the model, batch and data to time
   * @param device where tensors live
   * @param out where the table goes
   */
  public Benchmark(GrpoConfig config, Device device, PrintWriter out) {
    this.config = config;
    this.device = device;
    this.out = out;
  }

  /**
   * One generation measurement.
   *
   * @param template the template's name
   * @param rows sequences generated at once
   * @param promptChars the prompt length
   * @param tokensPerRow tokens generated per row and call
   * @param cachedTokensPerSecond with the KV cache
   * @param fullTokensPerSecond re-running the whole sequence per token
   */
  public record Generation(String template, int rows, int promptChars, double tokensPerRow, double cachedTokensPerSecond,
      double fullTokensPerSecond) {
    /**
     * How many times faster the cache is.
     *
     * @return cached over full tokens/s
     */
    public double speedup() {
      return cachedTokensPerSecond / fullTokensPerSecond;
    }
  }

  /**
   * What the benchmark measured.
   *
   * @param generation per template
   * @param stepSeconds each timed GRPO step's wall time
   * @param stepGenerationTokensPerSecond tokens/s of the generation inside each timed step
   */
  public record Result(List<Generation> generation, double[] stepSeconds, double[] stepGenerationTokensPerSecond) {
    /**
     * The median step time.
     *
     * @return seconds
     */
    public double medianStepSeconds() {
      return StepStatistics.median(stepSeconds);
    }
  }

  /**
   * Runs and prints a table.
   *
   * @param repeats timed repetitions of each measurement (after one untimed one)
   * @return the figures
   */
  public Result run(int repeats) {
    Engine.getInstance().setRandomSeed((int) config.seed());
    try (TokenCodec tokenizer = config.openTokenizer()) {
      return run(repeats, tokenizer);
    }
  }

  private Result run(int repeats, TokenCodec tokenizer) {
    List<Problem> train = ProblemSet.read(Path.of(config.trainFile()));
    int rows = config.promptsPerStep() * config.numGenerations();
    PromptTemplate own = new PromptTemplate(config.template());
    PromptTemplate r1 = new PromptTemplate(PromptTemplate.R1_ZERO);
    int longest = tokenizer.encode(r1.apply(train.get(0))).length + config.maxCompletionLength() + 8;
    ModelShape shape = new ModelShape(tokenizer.vocabularySize(), config.modelDim(), config.modelLayers(),
        config.modelHeads(), Math.max(config.context(), longest));
    try (NDManager manager = NDManager.newBaseManager(device);
        RewardScorer scorer = RewardScorer.open(config.recipe(), config.rewardWeights(), config.rewardThreads());
        Weights fresh = Weights.random(shape, manager);
        Weights weights = Weights.random(shape, manager)) {
      out.printf(Locale.ROOT, "benchmark: %d parameters on %s, %d intra-op threads%n", weights.parameterCount(), device,
          Integer.getInteger("ai.djl.pytorch.num_threads", 0));
      Policy untrained = Policy.of(fresh, config.learningRate(), config.clipGrad());
      List<Generation> generation = new ArrayList<>();
      generation.add(timeGeneration("config", own, train, rows, untrained, manager, tokenizer, repeats));
      generation.add(timeGeneration("R1-Zero", r1, train, Math.min(rows, 8), untrained, manager, tokenizer, repeats));
      for (Generation g : generation) {
        out.printf(Locale.ROOT, "generation, %s template (%d-char prompts), %d rows x %.1f tokens: "
                + "KV cache %.0f tok/s, full recompute %.0f tok/s, cache %.1fx faster%n",
            g.template(), g.promptChars(), g.rows(), g.tokensPerRow(), g.cachedTokensPerSecond(),
            g.fullTokensPerSecond(), g.speedup());
      }
      out.flush();
      if (config.warmupSteps() > 0) {
        Policy warm = Policy.of(weights, config.warmupLearningRate(), config.clipGrad());
        new SupervisedWarmup(warm.model(), warm.optimizer(), tokenizer, own)
            .run(manager, ProblemSet.read(Path.of(config.warmupFile())), config.warmupSteps(), config.warmupBatchSize(),
                config.seed());
      }
      Policy policy = Policy.of(weights, config.learningRate(), config.clipGrad());
      double[] seconds = new double[repeats];
      double[] tokensPerSecond = new double[repeats];
      try (GrpoTrainer trainer = new GrpoTrainer(config, manager, scorer, policy, train, tokenizer)) {
        trainer.freezeReference();
        trainer.step(1);
        for (int i = 0; i < repeats; i++) {
          StepMetrics m = trainer.step(i + 2);
          seconds[i] = m.stepSeconds();
          tokensPerSecond[i] = m.tokensPerSecond();
        }
      }
      Result result = new Result(generation, seconds, tokensPerSecond);
      out.printf(Locale.ROOT, "GRPO step (%d prompts x %d completions, num_iterations %d): median %.3f s over %d steps %s%n",
          config.promptsPerStep(), config.numGenerations(), config.numIterations(), result.medianStepSeconds(),
          repeats, Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 1000) / 1000.0).toArray()));
      out.flush();
      return result;
    }
  }

  private Generation timeGeneration(String name, PromptTemplate template, List<Problem> train, int rows,
      Policy policy, NDManager manager, TokenCodec tokenizer, int repeats) {
    List<int[]> prompts = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      prompts.add(tokenizer.encode(template.apply(train.get(r % train.size()))));
    }
    double[] tokensPerSecond = new double[2];
    double perRow = 0;
    for (int variant = 0; variant < 2; variant++) {
      Generator generator = new Generator(policy.model(), variant == 0, tokenizer.endId());
      long tokens = 0;
      long nanos = 0;
      for (int i = 0; i <= repeats; i++) {
        long t0 = System.nanoTime();
        Completions c = generator.generate(manager, prompts, config.maxCompletionLength(),
            new TokenSampler(config.temperature(), config.topP(), config.seed() + i));
        if (i > 0) {
          nanos += System.nanoTime() - t0;
          tokens += c.generatedTokens();
        }
      }
      tokensPerSecond[variant] = tokens / (nanos / 1e9);
      perRow = tokens / (double) (repeats * rows);
    }
    return new Generation(name, rows, template.apply(train.get(0)).length(), perRow, tokensPerSecond[0],
        tokensPerSecond[1]);
  }
}
