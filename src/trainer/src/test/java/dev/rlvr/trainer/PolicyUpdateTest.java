package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import dev.rlvr.trainer.grpo.GrpoLoss;
import dev.rlvr.trainer.grpo.LossResult;
import dev.rlvr.trainer.grpo.LossSettings;
import dev.rlvr.trainer.grpo.LossType;
import dev.rlvr.trainer.model.CharTokenizer;
import dev.rlvr.trainer.model.Completions;
import dev.rlvr.trainer.model.Generator;
import dev.rlvr.trainer.model.ModelShape;
import dev.rlvr.trainer.model.PaddedBatch;
import dev.rlvr.trainer.model.TinyTransformer;
import dev.rlvr.trainer.model.TokenLogProbs;
import dev.rlvr.trainer.model.TokenSampler;
import dev.rlvr.trainer.model.Weights;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One GRPO update on a hand-made batch whose advantages are not zero: the weights move, the
 * KL to the reference frozen before the update goes from 0 to positive, and the completions
 * with positive advantage gain probability against those with negative advantage.
 */
class PolicyUpdateTest {
  private final CharTokenizer tokenizer = new CharTokenizer();
  private NDManager manager;
  private Weights weights;

  @BeforeEach
  void open() {
    Engine.getInstance().setRandomSeed(11);
    manager = NDManager.newBaseManager(Device.cpu());
    weights = Weights.random(new ModelShape(tokenizer.vocabularySize(), 32, 1, 2, 64), manager);
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private PaddedBatch batch() {
    int[] prompt = tokenizer.encode("What is 2 + 5? <think>");
    List<int[]> completions = List.of(tokenizer.encode(" 7 </think> <answer>7</answer>"),
        tokenizer.encode(" 9 </think> <answer>9</answer>"), tokenizer.encode(" 7 </think> <answer>7</answer>"),
        tokenizer.encode(" 4 </think>"));
    int width = completions.stream().mapToInt(c -> c.length).max().orElseThrow();
    return PaddedBatch.of(List.of(prompt, prompt, prompt, prompt), completions, width);
  }

  private float[] mask(PaddedBatch batch) {
    int[] lengths = {30, 30, 30, 11};
    float[] mask = new float[batch.rows() * batch.completionWidth()];
    for (int r = 0; r < batch.rows(); r++) {
      for (int t = 0; t < lengths[r]; t++) {
        mask[r * batch.completionWidth() + t] = 1;
      }
    }
    return mask;
  }

  /** Sum of the masked log-probabilities of each row. */
  private static double[] rowLogProbs(NDArray logps, NDArray mask) {
    float[] v = logps.mul(mask).sum(new int[] {1}).toFloatArray();
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  @Test
  void oneStepWithNonZeroAdvantagesMovesTheWeightsAndTheKl() {
    Policy policy = Policy.of(weights, 1e-3, 1.0);
    Weights reference = weights.frozenCopy(manager);
    TinyTransformer frozen = new TinyTransformer(reference);
    GrpoLoss loss = new GrpoLoss(new LossSettings(LossType.GRPO, 0.2, 0.28, 0.04, 40));
    PaddedBatch batch = batch();
    try (NDManager scope = manager.newSubManager()) {
      NDArray m = scope.create(mask(batch), new Shape(batch.rows(), batch.completionWidth()));
      NDArray advantages = scope.create(new float[] {1f, -1f, 1f, -1f});
      double tokens = m.sum().getFloat();
      NDArray ref = TokenLogProbs.compute(frozen, scope, batch)[0];
      double[] before = rowLogProbs(TokenLogProbs.compute(policy.model(), scope, batch)[0], m);
      LossResult[] first = new LossResult[1];

      float value = policy.optimizer().step(() -> {
        first[0] = loss.compute(TokenLogProbs.compute(policy.model(), scope, batch)[0], null, ref, advantages, m, tokens);
        return first[0].loss();
      });

      assertThat(value).isFinite();
      assertThat(first[0].kl()).isCloseTo(0.0, within(1e-6));
      double moved = 0;
      for (Map.Entry<String, NDArray> e : weights.all().entrySet()) {
        moved = Math.max(moved, e.getValue().sub(reference.get(e.getKey())).abs().max().getFloat());
      }
      assertThat(moved).as("largest weight change").isGreaterThan(1e-5);
      NDArray after = TokenLogProbs.compute(policy.model(), scope, batch)[0];
      assertThat(loss.compute(after, null, ref, advantages, m, tokens).kl()).as("KL after the step").isGreaterThan(1e-9);
      double[] now = rowLogProbs(after, m);
      double goodGain = (now[0] - before[0]) + (now[2] - before[2]);
      double badGain = (now[1] - before[1]) + (now[3] - before[3]);
      assertThat(goodGain).as("log-probability gained by positive-advantage rows").isGreaterThan(badGain);
      for (NDArray w : weights.all().values()) {
        assertThat(w.getGradient().abs().max().getFloat()).as("gradients are zeroed after the step").isZero();
      }
    }
    reference.close();
  }

  /**
   * PyTorch records a graph only in grad mode, which DJL turns on inside a gradient collector.
   * (Asking an array that has no autograd function for its name crashes the JNI, so the check
   * outside the collector is on the mode.)
   */
  @Test
  void generationOutsideTheCollectorRecordsNoAutograd() {
    TinyTransformer model = new TinyTransformer(weights);
    PaddedBatch batch = batch();
    try (NDManager scope = manager.newSubManager()) {
      assertThat(JniUtils.isGradMode()).isFalse();
      Completions out = new Generator(model, true, tokenizer.endId())
          .generate(scope, List.of(tokenizer.encode("What is 1 + 1?")), 8, new TokenSampler(1.0, 1.0, 5));
      assertThat(out.generatedTokens()).isPositive();
      assertThat(JniUtils.isGradMode()).as("generation leaves grad mode off").isFalse();
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        assertThat(JniUtils.isGradMode()).isTrue();
        NDArray recorded = TokenLogProbs.compute(model, scope, batch)[0];
        assertThat(JniUtils.getGradientFunctionNames((PtNDArray) recorded))
            .as("the same forward inside a collector is recorded").isNotEmpty();
      }
      assertThat(JniUtils.isGradMode()).as("closing the collector turns grad mode off").isFalse();
    }
  }
}
