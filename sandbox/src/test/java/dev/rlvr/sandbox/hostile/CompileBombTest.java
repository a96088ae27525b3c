package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sources that attack the compiler: endless compile-time work, and includes of host secrets. */
class CompileBombTest {

  /** Tighter than the defaults so that a bomb costs the suite seconds, not half a minute. */
  private static final Limits COMPILE = new Limits(Duration.ofSeconds(6), Duration.ofSeconds(4), 512 * Limits.MIB,
      16, 256 * 1024, 64 * Limits.MIB);

  private static Path cacheRoot;
  private static Sandbox sandbox;

  @BeforeAll
  static void start() throws Exception {
    Hostile.assumeBwrap();
    cacheRoot = Hostile.newCacheRoot();
    SandboxSettings base = Hostile.settings(cacheRoot);
    sandbox = Sandboxes.create("bwrap", new SandboxSettings(base.cacheRoot(), base.toolchains(),
        base.maxParallel(), base.compileCacheEntries(), COMPILE, base.useCgroups()), false);
  }

  @AfterAll
  static void stop() {
    Hostile.closeQuietly(sandbox, cacheRoot);
  }

  private static void assertCompileErrorWithinLimits(Execution execution) {
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.COMPILE_ERROR);
    // The compiler was stopped by its limits (plus the host's 2 s backstop), not left to run.
    assertThat(execution.wallTime()).isLessThanOrEqualTo(COMPILE.wallTime().plusSeconds(2));
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void exponentialTemplateInstantiation() {
    Execution execution = Hostile.run(sandbox, Language.CPP, """
        template <int N, long M>
        struct Blow {
          static constexpr long value = Blow<N - 1, 2 * M>::value + Blow<N - 1, 2 * M + 1>::value;
        };
        template <long M>
        struct Blow<0, M> {
          static constexpr long value = M;
        };
        int main() {
          return static_cast<int>(Blow<40, 1>::value & 1);
        }
        """, Hostile.TIGHT);
    assertCompileErrorWithinLimits(execution);
  }

  @Test
  void constexprEvaluationThatNeverEnds() {
    Execution execution = Hostile.run(sandbox, Language.CPP, """
        constexpr long spin() {
          long sum = 0;
          for (long i = 0; i < 200000; ++i) {
            for (long j = 0; j < 200000; ++j) {
              sum += i ^ j;
            }
          }
          return sum;
        }
        constexpr long value = spin();
        int main() {
          return static_cast<int>(value & 1);
        }
        """, Hostile.TIGHT);
    assertCompileErrorWithinLimits(execution);
  }

  @Test
  void includingHostSecretsFailsWithoutShowingThem() throws IOException {
    List<String> secrets = new ArrayList<>();
    for (Path file : List.of(Path.of("/etc/shadow"), Path.of("/etc/passwd"))) {
      if (Files.isReadable(file)) {
        secrets.addAll(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList());
      }
    }
    for (String include : List.of("/etc/shadow", "/etc/passwd", "/root/.bashrc")) {
      Execution execution = Hostile.run(sandbox, Language.CPP, """
          #include "%s"
          int main() { return 0; }
          """.formatted(include), Hostile.TIGHT);

      assertThat(execution.status()).as("%s", execution).isEqualTo(Status.COMPILE_ERROR);
      assertThat(execution.stderr()).contains(include).contains("No such file");
      for (String line : secrets) {
        assertThat(execution.stdout() + execution.stderr()).doesNotContain(line);
      }
    }
    Hostile.assertHostUnharmed(sandbox, null, true);
  }
}
