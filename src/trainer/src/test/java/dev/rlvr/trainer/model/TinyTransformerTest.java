package dev.rlvr.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TinyTransformerTest {
  private final CharTokenizer tokenizer = new CharTokenizer();
  private NDManager manager;
  private Weights weights;

  @BeforeEach
  void open() {
    Engine.getInstance().setRandomSeed(7);
    manager = NDManager.newBaseManager();
    weights = Weights.random(new ModelShape(tokenizer.vocabularySize(), 32, 2, 4, 48), manager);
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private List<int[]> prompts() {
    return List.of(tokenizer.encode("What is 3 + 4?"), tokenizer.encode("7+8="));
  }

  @Test
  void cachedGenerationMatchesFullRecomputation() {
    TinyTransformer model = new TinyTransformer(weights);
    Completions cached = new Generator(model, true, tokenizer.endId())
        .generate(manager, prompts(), 20, new TokenSampler(0.9, 1.0, 3));
    Completions full = new Generator(model, false, tokenizer.endId())
        .generate(manager, prompts(), 20, new TokenSampler(0.9, 1.0, 3));
    assertThat(cached.tokens()).hasSize(2);
    for (int r = 0; r < 2; r++) {
      assertThat(cached.tokens().get(r)).containsExactly(full.tokens().get(r));
    }
  }

  @Test
  void leftPaddingDoesNotChangeARowsLogProbs() {
    TinyTransformer model = new TinyTransformer(weights);
    int[] completion = tokenizer.encode("7</think>");
    float[] alone = TokenLogProbs.compute(model, manager,
        PaddedBatch.of(List.of(prompts().get(1)), List.of(completion), completion.length))[0].toFloatArray();
    float[] padded = TokenLogProbs.compute(model, manager,
        PaddedBatch.of(prompts(), List.of(completion, completion), completion.length))[0].toFloatArray();
    for (int i = 0; i < alone.length; i++) {
      assertThat(padded[alone.length + i]).isCloseTo(alone[i], within(1e-4f));
    }
  }

  @Test
  void checkpointRoundTripGivesTheSameLogProbs() throws Exception {
    TinyTransformer model = new TinyTransformer(weights);
    PaddedBatch batch = PaddedBatch.of(prompts(), List.of(tokenizer.encode("12"), tokenizer.encode("1")), 2);
    float[] before = TokenLogProbs.compute(model, manager, batch)[0].toFloatArray();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    weights.save(bytes);
    Weights loaded = Weights.load(new ByteArrayInputStream(bytes.toByteArray()), manager);
    assertThat(loaded.shape()).isEqualTo(weights.shape());
    float[] after = TokenLogProbs.compute(new TinyTransformer(loaded), manager, batch)[0].toFloatArray();
    assertThat(after).containsExactly(before, within(1e-6f));
  }

  @Test
  void logProbsAreNegativeAndEntropyBoundedByLogVocabulary() {
    NDArray[] out = TokenLogProbs.compute(new TinyTransformer(weights), manager,
        PaddedBatch.of(prompts(), List.of(tokenizer.encode("12"), tokenizer.encode("34")), 2));
    for (float v : out[0].toFloatArray()) {
      assertThat(v).isNegative();
    }
    for (float v : out[1].toFloatArray()) {
      assertThat(v).isBetween(0f, (float) Math.log(tokenizer.vocabularySize()) + 1e-4f);
    }
  }
}
