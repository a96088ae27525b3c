package dev.rlvr.trainer.grpo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdvantagesTest {

  @Test
  void groupScalingDividesByTheUnbiasedGroupStdPlusEpsilon() {
    double[] a = Advantages.compute(new double[] {1, 0, 1, 0, 3, 3, 3, 3}, 4, ScaleRewards.GROUP);
    // mean 0.5; unbiased std sqrt((4 * 0.25) / 3) = sqrt(1/3)
    double expected = 0.5 / (Math.sqrt(1.0 / 3) + 1e-4);
    assertThat(a).containsExactly(new double[] {expected, -expected, expected, -expected, 0, 0, 0, 0}, within(1e-12));
    assertThat(expected).isCloseTo(0.865876, within(1e-6));
  }

  @Test
  void batchScalingUsesOneStdOverEveryReward() {
    double[] a = Advantages.compute(new double[] {1, 0, 3, 3}, 2, ScaleRewards.BATCH);
    // batch mean 1.75, squared deviations sum to 6.75, / 3 = 2.25, std 1.5
    assertThat(a).containsExactly(new double[] {0.5 / 1.5001, -0.5 / 1.5001, 0, 0}, within(1e-12));
  }

  @Test
  void noScalingOnlyCentresEachGroup() {
    double[] a = Advantages.compute(new double[] {1, 0, 3, 5}, 2, ScaleRewards.NONE);
    assertThat(a).containsExactly(0.5, -0.5, -1.0, 1.0);
  }

  @Test
  void aConstantGroupHasZeroAdvantagesNotNaN() {
    assertThat(Advantages.compute(new double[] {2, 2, 2}, 3, ScaleRewards.GROUP)).containsExactly(0, 0, 0);
  }

  @Test
  void rejectsRewardsThatDoNotSplitIntoGroups() {
    assertThatThrownBy(() -> Advantages.compute(new double[] {1, 2, 3}, 2, ScaleRewards.GROUP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesTrlOptionNames() {
    assertThat(ScaleRewards.parse("batch")).isEqualTo(ScaleRewards.BATCH);
    assertThat(LossType.parse("dr_grpo")).isEqualTo(LossType.DR_GRPO);
    assertThatThrownBy(() -> LossType.parse("ppo")).hasMessageContaining("dr_grpo");
  }
}
