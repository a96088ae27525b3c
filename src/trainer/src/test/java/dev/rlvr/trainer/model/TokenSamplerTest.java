package dev.rlvr.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenSamplerTest {
  private static final float[] LOGITS = {0f, (float) Math.log(3), (float) Math.log(6)}; // p = .1 .3 .6

  @Test
  void temperatureZeroIsGreedy() {
    assertThat(new TokenSampler(0, 1, 1).sample(LOGITS, 0, 3)).isEqualTo(2);
  }

  @Test
  void followsTheSoftmaxAtTemperatureOne() {
    TokenSampler sampler = new TokenSampler(1, 1, 42);
    int[] counts = new int[3];
    for (int i = 0; i < 20_000; i++) {
      counts[sampler.sample(LOGITS, 0, 3)]++;
    }
    assertThat(counts[0] / 20_000.0).isCloseTo(0.1, within(0.015));
    assertThat(counts[2] / 20_000.0).isCloseTo(0.6, within(0.015));
  }

  @Test
  void topPKeepsOnlyTheNucleus() {
    TokenSampler sampler = new TokenSampler(1, 0.7, 42);
    for (int i = 0; i < 2_000; i++) {
      assertThat(sampler.sample(LOGITS, 0, 3)).isNotEqualTo(0); // .6 + .3 reaches 0.7 first
    }
  }

  @Test
  void tokenizerRoundTripsAndStopsAtTheEndToken() {
    CharTokenizer t = new CharTokenizer();
    int[] ids = t.encode("<answer>85</answer>");
    assertThat(t.decode(ids, 0, ids.length)).isEqualTo("<answer>85</answer>");
    int[] withEnd = {ids[0], CharTokenizer.EOS, ids[1]};
    assertThat(t.decode(withEnd, 0, 3)).isEqualTo("<");
  }
}
