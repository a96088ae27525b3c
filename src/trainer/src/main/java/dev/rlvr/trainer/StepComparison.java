package dev.rlvr.trainer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.data.ProblemSet;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.grpo.Advantages;
import dev.rlvr.trainer.grpo.GrpoLoss;
import dev.rlvr.trainer.grpo.ScaleRewards;
import dev.rlvr.trainer.model.Completions;
import dev.rlvr.trainer.model.Generator;
import dev.rlvr.trainer.model.ModelShape;
import dev.rlvr.trainer.model.PaddedBatch;
import dev.rlvr.trainer.model.TokenCodec;
import dev.rlvr.trainer.model.TokenSampler;
import dev.rlvr.trainer.model.Weights;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * GRPO steps with a fixed workload, so that two frameworks can be timed on one device: every
 * row samples exactly {@code max_completion_length} tokens with the KV cache (an end token does
 * not stop it), rewards are seeded coin flips instead of graded answers (grading is CPU work
 * that a tensor framework does not do), and the update is the config's loss against a frozen
 * reference with AdamW. The workload (shapes, prompt token ids, hyper-parameters) is written to
 * a JSON file that {@code src/trainer/bench/torch_eager_step.py} replays in PyTorch.
 */
public final class StepComparison {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GrpoConfig config;
  private final Device device;
  private final PrintWriter out;

  /**
   * Prepares the comparison.
   *
   * @param config the model, batch and loss
   * @param device where tensors live
   * @param out where the result line goes
   */
  public StepComparison(GrpoConfig config, Device device, PrintWriter out) {
    this.config = config;
    this.device = device;
    this.out = out;
  }

  /**
   * Writes the workload, times the steps and prints one JSON line of results.
   *
   * @param warmup untimed steps first (allocator and kernel caches)
   * @param repeats timed steps
   * @param workloadFile where the workload goes
   * @return the result line's fields
   * @throws IOException when the workload cannot be written
   */
  public ObjectNode run(int warmup, int repeats, Path workloadFile) throws IOException {
    Engine.getInstance().setRandomSeed((int) config.seed());
    try (TokenCodec tokenizer = config.openTokenizer()) {
      return run(warmup, repeats, workloadFile, tokenizer);
    }
  }

  private ObjectNode run(int warmup, int repeats, Path workloadFile, TokenCodec tokenizer) throws IOException {
    PromptTemplate template = new PromptTemplate(config.template());
    List<Problem> train = ProblemSet.read(Path.of(config.trainFile()));
    List<int[]> prompts = new ArrayList<>();
    for (int group = 0; group < config.promptsPerStep(); group++) {
      int[] ids = tokenizer.encode(template.apply(train.get(group % train.size())));
      for (int j = 0; j < config.numGenerations(); j++) {
        prompts.add(ids);
      }
    }
    int promptWidth = prompts.stream().mapToInt(p -> p.length).max().orElse(0);
    int completion = config.maxCompletionLength();
    ModelShape shape = new ModelShape(tokenizer.vocabularySize(), config.modelDim(), config.modelLayers(),
        config.modelHeads(), Math.max(config.context(), promptWidth + completion));
    writeWorkload(workloadFile, shape, prompts, warmup, repeats);

    double[] generateMs = new double[repeats];
    double[] updateMs = new double[repeats];
    double[] stepMs = new double[repeats];
    long parameters;
    try (NDManager manager = NDManager.newBaseManager(device);
        Weights weights = Weights.random(shape, manager);
        Weights reference = config.beta() == 0 ? null : weights.frozenCopy(manager)) {
      parameters = weights.parameterCount();
      Policy policy = Policy.of(weights, config.learningRate(), config.clipGrad());
      PolicyUpdate update = new PolicyUpdate(policy, new GrpoLoss(config.loss()), config.numIterations());
      Generator generator = new Generator(policy.model(), true, tokenizer.endId(), false);
      TokenSampler sampler = new TokenSampler(config.temperature(), config.topP(), config.seed());
      Random coins = new Random(config.seed());
      float[] mask = new float[prompts.size() * completion];
      Arrays.fill(mask, 1f);
      for (int i = 0; i < warmup + repeats; i++) {
        long t0 = System.nanoTime();
        Completions c = generator.generate(manager, prompts, completion, sampler);
        long t1 = System.nanoTime();
        double[] rewards = new double[prompts.size()];
        for (int r = 0; r < rewards.length; r++) {
          rewards[r] = coins.nextBoolean() ? 1 : 0;
        }
        double[] advantages = Advantages.compute(rewards, config.numGenerations(),
            ScaleRewards.parse(config.scaleRewards()));
        update.apply(manager, reference, PaddedBatch.of(prompts, c.tokens(), completion), mask, advantages);
        long t2 = System.nanoTime();
        if (i >= warmup) {
          generateMs[i - warmup] = (t1 - t0) / 1e6;
          updateMs[i - warmup] = (t2 - t1) / 1e6;
          stepMs[i - warmup] = (t2 - t0) / 1e6;
        }
      }
    }
    ObjectNode result = JSON.createObjectNode();
    result.put("framework", "djl " + Engine.getDjlVersion() + " / " + Engine.getInstance().getEngineName() + " "
        + Engine.getInstance().getVersion());
    result.put("device", device.toString());
    result.put("parameters", parameters);
    result.put("rows", prompts.size());
    result.put("prompt_width", promptWidth);
    result.put("completion_tokens", completion);
    result.put("generate_ms_median", StepStatistics.median(generateMs));
    result.put("update_ms_median", StepStatistics.median(updateMs));
    result.put("step_ms_median", StepStatistics.median(stepMs));
    ArrayNode steps = result.putArray("step_ms");
    for (double ms : stepMs) {
      steps.add(ms);
    }
    out.println(JSON.writeValueAsString(result));
    out.flush();
    return result;
  }

  private void writeWorkload(Path file, ModelShape shape, List<int[]> prompts, int warmup, int repeats)
      throws IOException {
    ObjectNode w = JSON.createObjectNode();
    w.put("vocab", shape.vocabulary());
    w.put("dim", shape.dim());
    w.put("layers", shape.layers());
    w.put("heads", shape.heads());
    w.put("context", shape.context());
    w.put("pad", 0); // PaddedBatch's fill, whatever the tokenizer's pad id: padded slots are masked
    w.putPOJO("prompts", prompts);
    w.put("num_generations", config.numGenerations());
    w.put("completion_tokens", config.maxCompletionLength());
    w.put("temperature", config.temperature());
    w.put("top_p", config.topP());
    w.put("learning_rate", config.learningRate());
    w.put("clip_grad", config.clipGrad());
    w.put("loss_type", config.lossType());
    w.put("scale_rewards", config.scaleRewards());
    w.put("epsilon", config.loss().epsilonLow());
    w.put("epsilon_high", config.loss().epsilonHigh());
    w.put("beta", config.beta());
    w.put("num_iterations", config.numIterations());
    w.put("seed", config.seed());
    w.put("warmup", warmup);
    w.put("repeats", repeats);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), w);
  }
}
