package dev.rlvr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void rejectsLimitsNoProgramCouldMeet() {
    assertThatThrownBy(() -> Limits.DEFAULT.withWallTime(Duration.ZERO)).hasMessageContaining("wall time");
    assertThatThrownBy(() -> Limits.DEFAULT.withCpuTime(Duration.ofMillis(-1))).hasMessageContaining("CPU");
    assertThatThrownBy(() -> Limits.DEFAULT.withMemoryBytes(1024)).hasMessageContaining("16 MiB");
    assertThatThrownBy(() -> Limits.DEFAULT.withProcesses(0)).hasMessageContaining("process");
    assertThatThrownBy(() -> Limits.DEFAULT.withOutputBytes(0)).hasMessageContaining("output");
  }

  @Test
  void aTimeLimitLeavesWallRoomForStartUp() {
    Limits limits = Limits.DEFAULT.withTime(Duration.ofSeconds(2));
    assertThat(limits.cpuTime()).isEqualTo(Duration.ofSeconds(2));
    assertThat(limits.wallTime()).isEqualTo(Duration.ofSeconds(5));
  }
}
