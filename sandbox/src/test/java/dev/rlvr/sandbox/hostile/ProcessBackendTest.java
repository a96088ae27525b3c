package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The process backend isolates nothing (the program sees the host's files and network); what it
 * does promise is checked here: limits, timeouts, and, as root, a uid of the run's own whose
 * processes are all swept when the run ends.
 */
class ProcessBackendTest {

  private static Path cacheRoot;
  private static Sandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    cacheRoot = Hostile.newCacheRoot();
    sandbox = Sandboxes.create("process", Hostile.settings(cacheRoot), false);
  }

  @AfterAll
  static void stop() {
    Hostile.closeQuietly(sandbox, cacheRoot);
  }

  @Test
  void sleepingPastTheWallLimitTimesOut() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, "import time\ntime.sleep(120)\n",
        Hostile.TIGHT.withWallTime(Duration.ofMillis(1500)));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("wall");
    Hostile.assertHostUnharmed(sandbox, null, false);
  }

  @Test
  void busyLoopHitsTheCpuLimit() {
    Execution execution = Hostile.run(sandbox, Language.C, "int main(void) { for (;;) { } }\n",
        Hostile.TIGHT.withCpuTime(Duration.ofSeconds(1)).withWallTime(Duration.ofSeconds(8)));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("CPU");
    Hostile.assertHostUnharmed(sandbox, null, false);
  }

  @Test
  void endlessOutputHitsTheOutputLimit() {
    Limits limits = Hostile.TIGHT.withOutputBytes(64 * 1024).withWallTime(Duration.ofSeconds(20))
        .withCpuTime(Duration.ofSeconds(15));
    Execution execution = Hostile.run(sandbox, Language.PYTHON,
        "import sys\nwhile True:\n    sys.stdout.write('p' * 65536)\n", limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OUTPUT_LIMIT);
    assertThat(execution.stdout()).hasSize(64 * 1024);
    assertThat(execution.wallTime()).isLessThan(Duration.ofSeconds(10));
    Hostile.assertHostUnharmed(sandbox, null, false);
  }

  @Test
  void aDetachedGrandchildIsSweptByItsUid() {
    Hostile.assumeDropsPrivileges(sandbox);
    String token = Hostile.token();
    Execution execution = Hostile.run(sandbox, Language.C, EscapeTest.doubleForkOrphan(token, ""),
        Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).contains("orphan ").contains("parent done");
    Hostile.assertHostUnharmed(sandbox, token, false);
  }

  @Test
  void aDetachedGrandchildOfATimedOutRunIsSweptToo() {
    Hostile.assumeDropsPrivileges(sandbox);
    String token = Hostile.token();
    Execution execution = Hostile.run(sandbox, Language.C, EscapeTest.doubleForkOrphan(token, "for (;;) pause();"),
        Hostile.TIGHT.withWallTime(Duration.ofMillis(1500)));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    Hostile.assertHostUnharmed(sandbox, token, false);
  }

  @Test
  void forkLoopStopsAtTheProcessCapOfItsUid() {
    Hostile.assumeDropsPrivileges(sandbox);
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import os, time
        children, error = 0, None
        for _ in range(1000):
          try:
            pid = os.fork()
          except OSError as e:
            error = e.errno
            break
          if pid == 0:
            time.sleep(120)
            os._exit(0)
          children += 1
        print(children, error, flush=True)
        """, Hostile.TIGHT.withProcesses(12));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    String[] fields = execution.stdout().strip().split(" ");
    assertThat(Integer.parseInt(fields[0])).isBetween(1, 11);
    assertThat(fields[1]).isEqualTo("11");
    Hostile.assertHostUnharmed(sandbox, null, false);
  }

  @Test
  void theDroppedUidCannotReadTheShadowFile() {
    Hostile.assumeDropsPrivileges(sandbox);
    assumeTrue(Files.exists(Path.of("/etc/shadow")), "no /etc/shadow here");
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        try:
          open("/etc/shadow").read()
          print("READ")
        except OSError as e:
          print(type(e).__name__)
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("PermissionError\n");
    Hostile.assertHostUnharmed(sandbox, null, false);
  }
}
