package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Programs that never stop on their own: endless output, endless loops, endless sleep. */
class RunawayTest extends HostileSandboxTest {

  private static final long OUTPUT_CAP = 64 * 1024;
  /** A wall limit far beyond what reaching the output cap takes, so TIMEOUT would show a missed cap. */
  private static final Limits FLOOD = Hostile.TIGHT.withOutputBytes(OUTPUT_CAP).withWallTime(Duration.ofSeconds(20))
      .withCpuTime(Duration.ofSeconds(15));

  private static void assertOutputLimit(Execution execution) {
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OUTPUT_LIMIT);
    assertThat(execution.stdout().length()).isLessThanOrEqualTo((int) OUTPUT_CAP);
    assertThat(execution.stderr().length()).isLessThanOrEqualTo((int) OUTPUT_CAP);
    // Ended by the cap, long before the 20 s wall limit.
    assertThat(execution.wallTime()).isLessThan(Duration.ofSeconds(10));
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void pythonEndlessStdout() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import sys
        while True:
          sys.stdout.write("y" * 65536)
        """, FLOOD);
    assertOutputLimit(execution);
    assertThat(execution.stdout()).startsWith("yyyy").hasSize((int) OUTPUT_CAP);
  }

  @Test
  void pythonEndlessStderr() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import sys
        while True:
          sys.stderr.write("e" * 4096)
        """, FLOOD);
    assertOutputLimit(execution);
    assertThat(execution.stderr()).startsWith("eeee").hasSize((int) OUTPUT_CAP);
  }

  @Test
  void cEndlessOutputOnBothStreams() {
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <string.h>
        #include <unistd.h>
        int main(void) {
          char line[4096];
          memset(line, 'z', sizeof line);
          for (;;) {
            write(1, line, sizeof line);
            write(2, line, sizeof line);
          }
        }
        """, FLOOD);
    assertOutputLimit(execution);
  }

  @Test
  void pythonBusyLoopHitsTheCpuLimit() {
    Limits limits = Hostile.TIGHT.withCpuTime(Duration.ofSeconds(1)).withWallTime(Duration.ofSeconds(8));
    Execution execution = Hostile.run(sandbox, Language.PYTHON, "while True:\n    pass\n", limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("CPU");
    assertThat(execution.cpuTime()).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void javascriptBusyLoopHitsTheCpuLimit() {
    Limits limits = Hostile.TIGHT.withCpuTime(Duration.ofSeconds(1)).withWallTime(Duration.ofSeconds(8));
    Execution execution = Hostile.run(sandbox, Language.JAVASCRIPT, "for (;;) {}\n", limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("CPU");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void pythonSleepingPastTheWallLimit() {
    Limits limits = Hostile.TIGHT.withWallTime(Duration.ofMillis(1500));
    Execution execution = Hostile.run(sandbox, Language.PYTHON, "import time\ntime.sleep(120)\n", limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("wall");
    assertThat(execution.cpuTime()).isLessThan(Duration.ofSeconds(1));
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void cSleeperThatIgnoresEveryCatchableSignalIsStillStopped() {
    Limits limits = Hostile.TIGHT.withWallTime(Duration.ofMillis(1500));
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <signal.h>
        #include <unistd.h>
        int main(void) {
          for (int sig = 1; sig < NSIG; sig++) {
            signal(sig, SIG_IGN);
          }
          for (;;) {
            pause();
          }
        }
        """, limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("wall");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }
}
