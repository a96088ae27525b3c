package dev.rlvr.sandbox.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SupervisorReportTest {

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
