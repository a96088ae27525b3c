package dev.rlvr.trainer.grpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases on a 2 x 2 batch. Ratios are [[1.5, 1], [0.5, 1]], advantages [1, -1] and
 * the mask [[1, 1], [1, 0]], so with eps 0.2 / 0.28 the per-token losses are -1.28 (clipped
 * high), -1, 0.8 (clipped low: -min(-0.5, -0.8)) and a masked token.
 */
class GrpoLossTest {
  private NDManager manager;

  @BeforeEach
  void open() {
    manager = NDManager.newBaseManager();
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private NDArray logs(double... probs) {
    float[] v = new float[probs.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) Math.log(probs[i]);
    }
    return manager.create(v, new Shape(2, probs.length / 2));
  }

  private LossResult clipCase(LossType type, double epsHigh) {
    GrpoLoss loss = new GrpoLoss(new LossSettings(type, 0.2, epsHigh, 0, 4));
    return loss.compute(
        logs(0.6, 0.25, 0.25, 0.1),
        logs(0.4, 0.25, 0.5, 0.1),
        null,
        manager.create(new float[] {1, -1}),
        manager.create(new float[] {1, 1, 1, 0}, new Shape(2, 2)),
        10);
  }

  @Nested
  class Reductions {
    @Test
    void grpoAveragesEachSequenceThenTheBatch() {
      // row 0: (-1.28 - 1) / 2 = -1.14; row 1: 0.8 / 1; mean -0.17
      assertThat(clipCase(LossType.GRPO, 0.28).loss().getFloat()).isCloseTo(-0.17f, within(1e-5f));
    }

    @Test
    void bnpoAveragesOverEveryUnmaskedToken() {
      assertThat(clipCase(LossType.BNPO, 0.28).loss().getFloat()).isCloseTo(-1.48f / 3, within(1e-5f));
    }

    @Test
    void drGrpoDividesTheSumByBatchTimesMaxCompletionLength() {
      assertThat(clipCase(LossType.DR_GRPO, 0.28).loss().getFloat()).isCloseTo(-1.48f / 8, within(1e-5f));
    }

    @Test
    void dapoDividesTheSumByTheGlobalTokenCount() {
      assertThat(clipCase(LossType.DAPO, 0.28).loss().getFloat()).isCloseTo(-0.148f, within(1e-5f));
    }
  }

  @Nested
  class Clipping {
    @Test
    void clipHigherLetsPositiveRatiosGrowFurther() {
      // symmetric 0.2: row 0 becomes (-1.2 - 1) / 2 = -1.1, mean with 0.8 is -0.15
      assertThat(clipCase(LossType.GRPO, 0.2).loss().getFloat()).isCloseTo(-0.15f, within(1e-5f));
    }

    @Test
    void countsLowAndHighClipsOverUnmaskedTokens() {
      LossResult r = clipCase(LossType.GRPO, 0.28);
      assertThat(r.clipLow()).isCloseTo(1.0 / 3, within(1e-6));
      assertThat(r.clipHigh()).isCloseTo(1.0 / 3, within(1e-6));
      assertThat(r.clipFraction()).isCloseTo(2.0 / 3, within(1e-6));
    }
  }

  @Nested
  class KlPenalty {
    @Test
    void addsBetaTimesTheK3Estimator() {
      GrpoLoss loss = new GrpoLoss(new LossSettings(LossType.GRPO, 0.2, 0.2, 0.1, 4));
      NDArray logp = manager.create(new float[] {(float) Math.log(0.5)}, new Shape(1, 1));
      NDArray ref = manager.create(new float[] {(float) Math.log(0.25)}, new Shape(1, 1));
      LossResult r = loss.compute(logp, null, ref, manager.create(new float[] {0}),
          manager.ones(new Shape(1, 1)), 1);
      // k3 = exp(-ln 2) + ln 2 - 1
      double k3 = 0.5 + Math.log(2) - 1;
      assertThat(r.kl()).isCloseTo(k3, within(1e-6));
      assertThat(r.loss().getFloat()).isCloseTo((float) (0.1 * k3), within(1e-6f));
    }

    @Test
    void isZeroWhenThePolicyIsTheReference() {
      GrpoLoss loss = new GrpoLoss(new LossSettings(LossType.GRPO, 0.2, 0.2, 0.04, 4));
      NDArray logp = logs(0.6, 0.25, 0.25, 0.1);
      LossResult r = loss.compute(logp, null, logp.duplicate(), manager.create(new float[] {1, -1}),
          manager.ones(new Shape(2, 2)), 4);
      assertThat(r.kl()).isZero();
    }
  }

  @Nested
  class OneIteration {
    @Test
    void ratioIsOneSoTheLossIsMinusTheMeanAdvantageAndNothingClips() {
      GrpoLoss loss = new GrpoLoss(new LossSettings(LossType.GRPO, 0.2, 0.28, 0, 4));
      LossResult r = loss.compute(logs(0.6, 0.25, 0.25, 0.1), null, null,
          manager.create(new float[] {2, 1}), manager.ones(new Shape(2, 2)), 4);
      assertThat(r.loss().getFloat()).isCloseTo(-1.5f, within(1e-6f));
      assertThat(r.clipFraction()).isZero();
    }

    @Test
    void gradientIsMinusTheAdvantageOverTheSequenceLength() {
      GrpoLoss loss = new GrpoLoss(new LossSettings(LossType.GRPO, 0.2, 0.28, 0, 4));
      NDArray logp = logs(0.6, 0.25, 0.25, 0.1);
      logp.setRequiresGradient(true);
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        LossResult r = loss.compute(logp, null, null, manager.create(new float[] {2, 1}),
            manager.create(new float[] {1, 1, 1, 0}, new Shape(2, 2)), 3);
        collector.backward(r.loss());
      }
      // d/dlogp of -A * exp(logp - sg(logp)) / len / batch: row 0 -2/2/2, row 1 -1/1/2, masked 0
      assertThat(logp.getGradient().toFloatArray()).containsExactly(new float[] {-0.5f, -0.5f, -0.5f, 0f}, within(1e-6f));
    }
  }
}
