package dev.rlvr.grader.format.shaping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.ConfigException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DAPO's piecewise function on its own, at and around both thresholds. */
class OverlongPunishmentTest {
  private final OverlongPunishment dapo = new OverlongPunishment(100, 20);

  @ParameterizedTest(name = "length {0} -> {1}")
  @CsvSource({
    "0, 0.0", "1, 0.0", "79, 0.0", "80, 0.0",
    "81, -0.05", "85, -0.25", "90, -0.5", "99, -0.95",
    "100, -1.0", "101, -1.0", "1000000, -1.0"})
  void isZeroThenLinearThenMinusOne(long length, double expected) {
    assertThat(dapo.reward(length)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void usesDapoDefaultsOf16384ExpectedTokensAnd4096Buffer() {
    OverlongPunishment paper = new OverlongPunishment(
        OverlongGraderProvider.DEFAULT_MAX_LENGTH, OverlongGraderProvider.DEFAULT_BUFFER);

    assertThat(paper.expectedLength()).isEqualTo(16_384);
    assertThat(paper.reward(16_384)).isZero();
    assertThat(paper.reward(16_384 + 2_048)).isEqualTo(-0.5);
    assertThat(paper.reward(20_480)).isEqualTo(-1.0);
  }

  @Test
  void aBufferAsLongAsTheLimitRampsFromTheFirstUnit() {
    OverlongPunishment all = new OverlongPunishment(4, 4);

    assertThat(all.reward(0)).isZero();
    assertThat(all.reward(1)).isEqualTo(-0.25);
    assertThat(all.reward(4)).isEqualTo(-1.0);
  }

  @Nested
  class Preconditions {

    @Test
    void rejectsABufferLongerThanTheLimit() {
      assertThatThrownBy(() -> new OverlongPunishment(10, 11)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("buffer <= max_length");
    }

    @Test
    void rejectsAnEmptyBuffer() {
      assertThatThrownBy(() -> new OverlongPunishment(10, 0)).isInstanceOf(ConfigException.class);
    }
  }
}
