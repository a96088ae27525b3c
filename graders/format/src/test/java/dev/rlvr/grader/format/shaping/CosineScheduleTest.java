package dev.rlvr.grader.format.shaping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** open-r1's defaults: wrong in [-1.0, -0.5], correct in [0.5, 1.0], max_len 1000. */
class CosineScheduleTest {
  private static final CosineSchedule OPEN_R1 = new CosineSchedule(0.5, 1.0, -1.0, -0.5, 1000, true);
  private static final CosineSchedule UNCLIPPED = new CosineSchedule(0.5, 1.0, -1.0, -0.5, 1000, false);

  @ParameterizedTest(name = "length {0}: correct {1}, wrong {2}")
  @CsvSource({
    "0, 1.0, -1.0",
    "250, 0.9267766952966369, -0.9267766952966369",
    "500, 0.75, -0.75",
    "1000, 0.5, -0.5",
    "1500, 0.5, -0.5",
    "5000, 0.5, -0.5"})
  void rewardsShortCorrectAnswersAndPunishesShortWrongOnes(long length, double correct, double wrong) {
    assertThat(OPEN_R1.reward(length, true)).isCloseTo(correct, within(1e-12));
    assertThat(OPEN_R1.reward(length, false)).isCloseTo(wrong, within(1e-12));
  }

  @Test
  void withoutClippingSwingsBackPastMaxLenAsOpenR1Does() {
    assertThat(UNCLIPPED.reward(1500, true)).isCloseTo(0.75, within(1e-12));
    assertThat(UNCLIPPED.reward(2000, true)).isCloseTo(1.0, within(1e-12));
    assertThat(UNCLIPPED.reward(2000, false)).isCloseTo(-1.0, within(1e-12));
    assertThat(UNCLIPPED.reward(500, true)).isEqualTo(OPEN_R1.reward(500, true));
  }

  @Test
  void rejectsBoundsInTheWrongOrder() {
    assertThatThrownBy(() -> new CosineSchedule(1.0, 0.5, -1.0, -0.5, 10, true))
        .isInstanceOf(ConfigException.class).hasMessageContaining("min_value_correct <= max_value_correct");
    assertThatThrownBy(() -> new CosineSchedule(0.5, 1.0, -0.5, -1.0, 10, true))
        .isInstanceOf(ConfigException.class).hasMessageContaining("min_value_wrong <= max_value_wrong");
    assertThatThrownBy(() -> new CosineSchedule(0.5, 1.0, -1.0, -0.5, 0, true))
        .isInstanceOf(ConfigException.class).hasMessageContaining("max_len >= 1");
  }
}
