package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Programs that allocate until something stops them: each must end as MEMORY_LIMIT, within the cap. */
class MemoryBombTest extends HostileSandboxTest {

  private static final Limits LIMITS = Hostile.TIGHT.withMemoryBytes(128 * Limits.MIB)
      .withWallTime(Duration.ofSeconds(10)).withCpuTime(Duration.ofSeconds(5));
  /** What the kernel, bwrap and rlvr-init add to a native program's cgroup usage. */
  private static final long SLACK = 16 * Limits.MIB;

  private static void assertMemoryLimit(Execution execution, long allowedPeak) {
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.MEMORY_LIMIT);
    assertThat(execution.peakMemoryBytes()).as("peak memory").isPositive().isLessThanOrEqualTo(allowedPeak);
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void pythonListOfBuffers() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        hoard = []
        while True:
          hoard.append(bytearray(1 << 20))
        """, LIMITS);
    assertMemoryLimit(execution, LIMITS.memoryBytes() + SLACK);
    assertThat(execution.stderr()).contains("MemoryError");
  }

  @Test
  void cMallocAndTouchWithoutCheckingForNull() {
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <stdlib.h>
        #include <string.h>
        int main(void) {
          for (;;) {
            char *block = malloc(1 << 20);
            memset(block, 7, 1 << 20);
          }
        }
        """, LIMITS);
    assertMemoryLimit(execution, LIMITS.memoryBytes() + SLACK);
  }

  @Test
  void cppVectorGrowingForever() {
    Execution execution = Hostile.run(sandbox, Language.CPP, """
        #include <vector>
        int main() {
          std::vector<long long> values;
          for (;;) {
            values.push_back(static_cast<long long>(values.size()));
          }
        }
        """, LIMITS);
    assertMemoryLimit(execution, LIMITS.memoryBytes() + SLACK);
    assertThat(execution.stderr()).contains("bad_alloc");
  }

  @Test
  void javaArraysKeptForever() {
    Execution execution = Hostile.run(sandbox, Language.JAVA, """
        import java.util.ArrayList;
        import java.util.List;

        public class Main {
          public static void main(String[] args) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
              long[] block = new long[1 << 17];
              block[block.length - 1] = hoard.size();
              hoard.add(block);
            }
          }
        }
        """, LIMITS);
    assertMemoryLimit(execution, LIMITS.memoryBytes() + LanguageCommands.MANAGED_RUNTIME_OVERHEAD);
    assertThat(execution.stderr()).contains("java.lang.OutOfMemoryError");
  }

  @Test
  void javascriptArraysKeptForever() {
    Execution execution = Hostile.run(sandbox, Language.JAVASCRIPT, """
        const hoard = [];
        for (;;) {
          hoard.push(new Array(1 << 16).fill(hoard.length + 0.5));
        }
        """, LIMITS);
    assertMemoryLimit(execution, LIMITS.memoryBytes() + LanguageCommands.MANAGED_RUNTIME_OVERHEAD);
  }
}
