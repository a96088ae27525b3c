package dev.rlvr.trainer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.grpo.LossSettings;
import dev.rlvr.trainer.grpo.LossType;
import dev.rlvr.trainer.grpo.ScaleRewards;
import dev.rlvr.trainer.model.TokenCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a training run reads, as a YAML file with snake_case keys (TRL's names where TRL
 * has the option). Keys left out keep the defaults of {@link #defaults()}; unknown keys fail.
 *
 * @param recipe the reward recipe, built-in name or file
 * @param rewardWeights component weights replacing the recipe's
 * @param trainFile problems to train on (JSONL)
 * @param heldoutFile problems to evaluate on
 * @param warmupFile written solutions for the supervised warm-up
 * @param template the prompt template with {@code {question}}
 * @param outputDir where metrics, chart and checkpoints go
 * @param seed the random seed
 * @param modelDim the model width
 * @param modelLayers transformer blocks
 * @param modelHeads attention heads
 * @param context the longest prompt plus completion
 * @param warmupSteps supervised steps before GRPO (0 for none)
 * @param warmupBatchSize examples per warm-up step
 * @param warmupLearningRate the warm-up step size
 * @param steps GRPO steps
 * @param promptsPerStep prompts (groups) per step
 * @param numGenerations completions per prompt (G)
 * @param maxCompletionLength the generation limit in tokens
 * @param temperature sampling temperature
 * @param topP nucleus mass
 * @param learningRate the GRPO step size
 * @param clipGrad per-element gradient clip, 0 for none
 * @param lossType grpo, bnpo, dr_grpo or dapo
 * @param scaleRewards group, batch or none
 * @param epsilon the lower clip range
 * @param epsilonHigh the upper clip range (clip-higher); 0 means equal to epsilon
 * @param beta the KL weight; 0 means no reference model
 * @param numIterations optimisation passes per generation batch (mu)
 * @param maskTruncatedCompletions whether completions cut at the limit are left out of the loss
 * @param dynamicSampling DAPO's dropping of zero-variance groups and refilling
 * @param maxGenerationBatches generation batches one step may use with dynamic sampling
 * @param evalEvery evaluate on the held-out split every this many steps (0: start and end only)
 * @param rewardThreads records scored at once
 * @param threads intra-op threads for the tensor library (0: the free cores)
 * @param tokenizer {@code char}, or a Hugging Face {@code tokenizer.json} (the model's vocabulary follows it)
 * @param eosToken the Hugging Face tokenizer's end token, looked up in its vocabulary
 * @param padToken its padding token; null means the end token
 * @param initCheckpoint a {@code policy.ckpt} or {@code warmup.ckpt} to start from instead of random
 *     weights (its model size wins over the config's); null for none
 */
public record GrpoConfig(
    String recipe, Map<String, Double> rewardWeights, String trainFile, String heldoutFile, String warmupFile,
    String template, String outputDir, long seed,
    int modelDim, int modelLayers, int modelHeads, int context,
    int warmupSteps, int warmupBatchSize, double warmupLearningRate,
    int steps, int promptsPerStep, int numGenerations, int maxCompletionLength, double temperature, double topP,
    double learningRate, double clipGrad, String lossType, String scaleRewards, double epsilon, double epsilonHigh,
    double beta, int numIterations, boolean maskTruncatedCompletions, boolean dynamicSampling,
    int maxGenerationBatches, int evalEvery, int rewardThreads, int threads,
    String tokenizer, String eosToken, String padToken, String initCheckpoint) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Validates what can be checked without the data. */
  public GrpoConfig {
    rewardWeights = Map.copyOf(rewardWeights == null ? Map.of() : rewardWeights);
    tokenizer = tokenizer == null || tokenizer.isBlank() ? TokenCodec.CHAR : tokenizer;
    new PromptTemplate(template);
    lossSettings(lossType, epsilon, epsilonHigh, beta, maxCompletionLength);
    ScaleRewards.parse(scaleRewards);
    if (numGenerations < 2 || promptsPerStep < 1 || numIterations < 1 || steps < 0) {
      throw new IllegalArgumentException("need num_generations >= 2, prompts_per_step >= 1, num_iterations >= 1");
    }
  }

  /**
   * The defaults: the demo's small model and TRL's defaults for the GRPO knobs.
   *
   * @return the default config
   */
  public static GrpoConfig defaults() {
    return new GrpoConfig("r1-zero-math", Map.of(), "problems/arithmetic/train.jsonl",
        "problems/arithmetic/heldout.jsonl", "problems/arithmetic/warmup.jsonl", PromptTemplate.R1_ZERO,
        "target/rlvr-train", 1, 64, 2, 4, 512, 200, 16, 3e-3, 100, 8, 8, 48, 1.0, 1.0, 1e-3, 1.0,
        "grpo", "group", 0.2, 0, 0.04, 1, true, false, 3, 0, 2, 0, TokenCodec.CHAR, "</s>", null, null);
  }

  /**
   * Reads a YAML file over the defaults.
   *
   * @param path the file
   * @return the config
   * @throws IOException when the file cannot be read or has unknown keys
   */
  public static GrpoConfig read(Path path) throws IOException {
    ObjectNode merged = YAML.valueToTree(defaults());
    JsonNode file = YAML.readTree(Files.readString(path));
    if (file != null && file.isObject()) {
      merged.setAll((ObjectNode) file);
    }
    return YAML.treeToValue(merged, GrpoConfig.class);
  }

  /**
   * The loss knobs.
   *
   * @return the settings
   */
  public LossSettings loss() {
    return lossSettings(lossType, epsilon, epsilonHigh, beta, maxCompletionLength);
  }

  private static LossSettings lossSettings(String type, double eps, double epsHigh, double beta, int maxLen) {
    return new LossSettings(LossType.parse(type), eps, epsHigh == 0 ? eps : epsHigh, beta, maxLen);
  }

  /**
   * Opens the tokenizer this config names; close it after the run.
   *
   * @return the codec
   */
  public TokenCodec openTokenizer() {
    return TokenCodec.open(tokenizer, eosToken, padToken);
  }

  /**
   * A copy with a different tokenizer (for tests).
   *
   * @param newTokenizer {@code char} or a {@code tokenizer.json}
   * @param newEosToken the end token's text
   * @param newPadToken the padding token's text, or null for the end token
   * @return the copy
   */
  public GrpoConfig withTokenizer(String newTokenizer, String newEosToken, String newPadToken) {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("tokenizer", newTokenizer);
    keys.put("eos_token", newEosToken);
    keys.put("pad_token", newPadToken);
    return with(keys);
  }


  /**
   * A copy with a different step count (for tests and --steps).
   *
   * @param newSteps GRPO steps
   * @param newWarmupSteps warm-up steps
   * @param newOutputDir the output folder
   * @return the copy
   */
  public GrpoConfig withRun(int newSteps, int newWarmupSteps, String newOutputDir) {
    return with(Map.of("steps", newSteps, "warmup_steps", newWarmupSteps, "output_dir", newOutputDir));
  }


  /**
   * A copy with one key changed, named as in the YAML file (for tests and tools).
   *
   * @param key a snake_case key
   * @param value its new value
   * @return the copy
   * @throws IllegalArgumentException when the key is unknown or the value does not fit it
   */
  public GrpoConfig with(String key, Object value) {
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put(key, value);
    return with(keys);
  }

  /**
   * A copy with several keys changed, named as in the YAML file.
   *
   * @param keys snake_case keys and their new values (a value may be null)
   * @return the copy
   * @throws IllegalArgumentException when a key is unknown or a value does not fit it
   */
  public GrpoConfig with(Map<String, ?> keys) {
    ObjectNode tree = YAML.valueToTree(this);
    keys.forEach((key, value) -> {
      if (!tree.has(key)) {
        throw new IllegalArgumentException("no config key " + key);
      }
      tree.set(key, YAML.valueToTree(value));
    });
    try {
      return YAML.treeToValue(tree, GrpoConfig.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("bad value for " + keys.keySet() + ": " + e.getMessage(), e);
    }
  }

}
