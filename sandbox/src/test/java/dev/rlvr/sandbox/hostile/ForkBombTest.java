package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Programs that multiply: processes and threads without end must hit the process cap and leave nothing behind. */
class ForkBombTest extends HostileSandboxTest {

  @BeforeAll
  static void needsAUidOfItsOwn() {
    Hostile.assumeDropsPrivileges(sandbox);
  }

  @Test
  void pythonForkLoopStopsAtTheProcessCapAndItsSleepingChildrenAreSwept() {
    String token = Hostile.token();
    String source = """
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
        """;
    Limits limits = Hostile.TIGHT.withProcesses(12);
    Execution execution = Hostile.run(sandbox, Language.PYTHON, source, limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    String[] fields = execution.stdout().strip().split(" ");
    int children = Integer.parseInt(fields[0]);
    assertThat(children).as("children forked before the cap").isBetween(1, limits.processes() - 1);
    assertThat(fields[1]).as("errno of the fork that failed (EAGAIN)").isEqualTo("11");
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void endlessCForkBombTimesOut() {
    String source = """
        #include <unistd.h>
        int main(void) {
          for (;;) {
            fork();
          }
        }
        """;
    // Failed forks charge kernel memory to the run's cgroup (tens of MiB at once on cgroup v1): with
    // 128 MiB the kernel's OOM killer can end the bomb first, so memory is not what this test caps.
    Execution execution = Hostile.run(sandbox, Language.C, source, Hostile.TIGHT.withProcesses(16)
        .withMemoryBytes(512 * Limits.MIB));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void pythonForkBombThatForksInEveryChildTimesOut() {
    String source = """
        import os
        while True:
          try:
            os.fork()
          except OSError:
            pass
        """;
    Execution execution = Hostile.run(sandbox, Language.PYTHON, source,
        Hostile.TIGHT.withWallTime(Duration.ofSeconds(3)).withProcesses(16).withMemoryBytes(512 * Limits.MIB));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void javaThreadsWithoutEndHitTheCapAndTheRunIsStoppedAtTheWallLimit() {
    String source = """
        public class Main {
          public static void main(String[] args) {
            int started = 0;
            try {
              while (true) {
                Thread thread = new Thread(() -> {
                  try {
                    Thread.sleep(600_000);
                  } catch (InterruptedException e) {
                    // keep the JVM up
                  }
                });
                thread.start();
                started++;
              }
            } catch (Throwable e) {
              System.out.println("threads " + started + " " + e.getClass().getSimpleName());
              System.out.flush();
            }
          }
        }
        """;
    Limits limits = Hostile.TIGHT.withProcesses(16).withWallTime(Duration.ofSeconds(5));
    Execution execution = Hostile.run(sandbox, Language.JAVA, source, limits);

    // The sleeping non-daemon threads keep the JVM alive after main gives up: only the wall limit ends it.
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.message()).contains("wall");
    // The JVM's own warnings (pthread_create failed...) must not end up in the program's output.
    assertThat(execution.stdout()).startsWith("threads ").contains("OutOfMemoryError");
    int started = Integer.parseInt(execution.stdout().split(" ")[1]);
    // The JVM's own threads (GC, compiler, signal...) get 48 on top of the program's cap.
    assertThat(started).as("threads the program started").isLessThan(limits.processes() + 48);
    Hostile.assertHostUnharmed(sandbox, null, true);
  }
}
