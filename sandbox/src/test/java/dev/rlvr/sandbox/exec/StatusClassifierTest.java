package dev.rlvr.sandbox.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusClassifierTest {

  private static final Limits LIMITS = Limits.DEFAULT.withTime(Duration.ofSeconds(1));

  private static HostRun host(String stderr, boolean overflow, boolean hostTimeout) {
    return new HostRun("out".getBytes(StandardCharsets.UTF_8), stderr.getBytes(StandardCharsets.UTF_8), overflow,
        hostTimeout, Duration.ofMillis(50), null);
  }

  private static Optional<SupervisorReport> report(int exit, int signal, long cpuMillis, long rssMib, boolean timeout) {
    return Optional.of(new SupervisorReport(exit, signal, Duration.ofMillis(cpuMillis), rssMib * Limits.MIB,
        Duration.ofMillis(40), timeout));
  }

  private static Status classify(HostRun host, Optional<SupervisorReport> report, boolean oom) {
    return StatusClassifier.classify(host, report, LIMITS, oom, 0).status();
  }

  @Test
  void aCleanExitIsOkAndKeepsItsOutput() {
    Execution execution = StatusClassifier.classify(host("", false, false), report(0, 0, 10, 5, false), LIMITS,
        false, 0);
    assertThat(execution.status()).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("out");
    assertThat(execution.cpuTime()).isEqualTo(Duration.ofMillis(10));
    assertThat(execution.peakMemoryBytes()).isEqualTo(5 * Limits.MIB);
  }

  @Test
  void limitsExplainSignalsBeforeTheSignalsDo() {
    assertThat(classify(host("", true, false), report(-1, 9, 10, 5, false), false)).isEqualTo(Status.OUTPUT_LIMIT);
    assertThat(classify(host("", false, false), report(-1, 9, 10, 5, false), true)).isEqualTo(Status.MEMORY_LIMIT);
    assertThat(classify(host("", false, false), report(-1, 9, 10, 5, true), false)).isEqualTo(Status.TIMEOUT);
    assertThat(classify(host("", false, true), Optional.empty(), false)).isEqualTo(Status.TIMEOUT);
    assertThat(classify(host("", false, false), report(-1, 24, 1000, 5, false), false)).isEqualTo(Status.TIMEOUT);
    assertThat(classify(host("", false, false), report(-1, 9, 1001, 5, false), false)).isEqualTo(Status.TIMEOUT);
    assertThat(classify(host("", false, false), report(-1, 25, 10, 5, false), false)).isEqualTo(Status.OUTPUT_LIMIT);
  }

  @Test
  void aProgramThatFinishesPastItsCpuLimitTimesOutLikeAtAJudge() {
    assertThat(classify(host("", false, false), report(0, 0, 1200, 5, false), false)).isEqualTo(Status.TIMEOUT);
  }

  @Test
  void allocationFailuresAreMemoryLimits() {
    assertThat(classify(host("Traceback...\nMemoryError\n", false, false), report(1, 0, 10, 5, false), false))
        .isEqualTo(Status.MEMORY_LIMIT);
    assertThat(classify(host("terminate called after throwing an instance of 'std::bad_alloc'", false, false),
        report(-1, 6, 10, 5, false), false)).isEqualTo(Status.MEMORY_LIMIT);
    assertThat(classify(host("", false, false), report(-1, 11, 10, 510, false), false)).isEqualTo(Status.MEMORY_LIMIT);
  }

  @Test
  void otherFailuresKeepTheirKind() {
    assertThat(classify(host("", false, false), report(-1, 11, 10, 5, false), false)).isEqualTo(Status.KILLED);
    Execution error = StatusClassifier.classify(host("boom", false, false), report(2, 0, 10, 5, false), LIMITS, false, 0);
    assertThat(error.status()).isEqualTo(Status.RUNTIME_ERROR);
    assertThat(error.exitCode()).isEqualTo(2);
    assertThat(error.message()).contains("exit status 2");
    assertThat(StatusClassifier.classify(host("", false, false), report(-1, 11, 10, 5, false), LIMITS, false, 0)
        .message()).contains("SIGSEGV");
  }

  @Test
  void noReportAndNoHostReasonIsTheSandboxsFault() {
    assertThat(classify(host("bwrap: cannot mount", false, false), Optional.empty(), false))
        .isEqualTo(Status.SANDBOX_ERROR);
    HostRun failed = new HostRun(new byte[0], new byte[0], false, false, Duration.ZERO, "cannot start bwrap");
    assertThat(classify(failed, Optional.empty(), false)).isEqualTo(Status.SANDBOX_ERROR);
  }
}
