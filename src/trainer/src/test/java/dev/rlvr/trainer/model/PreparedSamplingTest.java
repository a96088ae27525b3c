package dev.rlvr.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The softmax on the tensor device followed by a pick on the JVM samples the same distribution. */
class PreparedSamplingTest {
  private static final float[] LOGITS = {0f, (float) Math.log(3), (float) Math.log(6), 0f, 0f, (float) Math.log(6)};

  private static int[] counts(TokenSampler sampler, int draws) {
    int[] counts = new int[3];
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] prepared = sampler.prepare(manager.create(LOGITS, new Shape(2, 3))).toFloatArray();
      for (int i = 0; i < draws; i++) {
        counts[sampler.pick(prepared, 0, 3)]++;
      }
      assertThat(sampler.pick(prepared, 3, 3)).isBetween(0, 2);
    }
    return counts;
  }

  @Test
  void temperatureTwoFlattensTheSoftmax() {
    // p ~ sqrt(1), sqrt(3), sqrt(6) = 1, 1.732, 2.449 over a total of 5.181
    int[] c = counts(new TokenSampler(2, 1, 5), 30_000);
    assertThat(c[0] / 30_000.0).isCloseTo(1 / 5.181, within(0.012));
    assertThat(c[2] / 30_000.0).isCloseTo(2.449 / 5.181, within(0.012));
  }

  @Test
  void topPOnPreparedProbabilitiesKeepsOnlyTheNucleus() {
    int[] c = counts(new TokenSampler(1, 0.7, 5), 5_000);
    assertThat(c[0]).isZero();
    assertThat(c[1] + c[2]).isEqualTo(5_000);
  }

  @Test
  void greedyPreparesTheLogitsThemselves() {
    TokenSampler greedy = new TokenSampler(0, 1, 5);
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] prepared = greedy.prepare(manager.create(LOGITS, new Shape(2, 3))).toFloatArray();
      assertThat(prepared).containsExactly(LOGITS);
      assertThat(greedy.pick(prepared, 0, 3)).isEqualTo(2);
    }
  }
}
