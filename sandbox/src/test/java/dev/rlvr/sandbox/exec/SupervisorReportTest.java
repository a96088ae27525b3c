package dev.rlvr.sandbox.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisorReportTest {

  @Test
  void readsEveryField() {
    SupervisorReport report = SupervisorReport.parse("exit=3 signal=0 cpu_us=1500 maxrss_kb=2048 wall_us=9000 timeout=1");
    assertThat(report.exitCode()).isEqualTo(3);
    assertThat(report.cpu()).isEqualTo(Duration.ofNanos(1_500_000));
    assertThat(report.maxRssBytes()).isEqualTo(2048 * 1024);
    assertThat(report.wall()).isEqualTo(Duration.ofMillis(9));
    assertThat(report.timedOut()).isTrue();
  }

  @Test
  void aMissingFieldIsAnError() {
    assertThatThrownBy(() -> SupervisorReport.parse("exit=0 signal=0")).hasMessageContaining("cpu_us");
  }

  @Test
  void anAbsentOrEmptyReportIsEmpty(@TempDir Path dir) throws Exception {
    assertThat(SupervisorReport.read(dir.resolve("none"))).isEmpty();
    Files.writeString(dir.resolve("empty"), "");
    assertThat(SupervisorReport.read(dir.resolve("empty"))).isEmpty();
    Files.writeString(dir.resolve("junk"), "exit=zero");
    assertThat(SupervisorReport.read(dir.resolve("junk"))).isEmpty();
  }

  @Test
  void parsesALineReceivedOverTheWire() {
    SupervisorReport report = SupervisorReport.parseLine(
        "exit=3 signal=0 cpu_us=1500 maxrss_kb=2048 wall_us=250000 timeout=0\n").orElseThrow();
    assertThat(report).isEqualTo(new SupervisorReport(3, 0, Duration.ofNanos(1_500_000), 2048 * 1024L,
        Duration.ofMillis(250), false));
  }

  @Test
  void readsNothingFromEmptyOrTruncatedOutput() {
    assertThat(SupervisorReport.parseLine("")).isEmpty();
    assertThat(SupervisorReport.parseLine(null)).isEmpty();
    assertThat(SupervisorReport.parseLine("exit=0 signal=0 cpu_us=")).isEmpty();
    assertThat(SupervisorReport.parseLine("exit=0 signal=9")).isEmpty();
  }
}
