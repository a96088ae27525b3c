package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import dev.rlvr.sandbox.exec.RunDirectories;
import dev.rlvr.sandbox.exec.SandboxSettings;
import dev.rlvr.sandbox.exec.SupervisedSandbox;
import dev.rlvr.sandbox.exec.UidPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every hostile test shares: creating a sandbox with its own cache directory, and checking
 * after a run that the host is as it was: no process of the JVM's left, no process of a sandbox
 * uid anywhere on the host, nothing of the program's in the host's /tmp, and a sandbox that still
 * runs an ordinary program.
 */
final class Hostile {

  /** Tight limits: hostile programs hit them quickly, so the suite stays short. */
  static final Limits TIGHT = new Limits(Duration.ofSeconds(4), Duration.ofSeconds(2), 128 * Limits.MIB, 16,
      256 * 1024, 8 * Limits.MIB);

  /** The variables a sandboxed program may see (SupervisedSandbox#environment). */
  static final List<String> ALLOWED_ENV = List.of("PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "PYTHONHASHSEED",
      "PYTHONDONTWRITEBYTECODE", "PYTHONIOENCODING");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Path HOST_TMP = Path.of("/tmp");

  private Hostile() {
  }

  static void assumeBwrap() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(),
        () -> BwrapSandbox.unusableReason().orElse("") + ": the hostile suite runs programs only inside it");
  }

  /**
   * Caps on processes and protection of the supervisor rest on the run's own uid, which only a
   * root JVM can hand out (RLIMIT_NPROC means nothing to root, and without a uid switch the
   * program could signal rlvr-init): without it a fork bomb would hit the host's limits instead.
   */
  static void assumeDropsPrivileges(Sandbox sandbox) {
    assumeTrue(sandbox instanceof SupervisedSandbox supervised && supervised.dropsPrivileges(),
        "needs a JVM running as root, so that each run gets an unprivileged uid of its own");
  }

  static Path newCacheRoot() throws IOException {
    return Files.createTempDirectory("rlvr-hostile-cache-");
  }

  static SandboxSettings settings(Path cacheRoot) {
    return SandboxSettings.defaults().withCacheRoot(cacheRoot).withMaxParallel(2);
  }

  static Sandbox bwrap(Path cacheRoot) {
    return Sandboxes.create("bwrap", settings(cacheRoot), false);
  }

  static void closeQuietly(Sandbox sandbox, Path cacheRoot) {
    if (sandbox != null) {
      sandbox.close();
    }
    RunDirectories.deleteTree(cacheRoot);
  }

  /** A random marker a program writes into names and files, to look for on the host afterwards. */
  static String token() {
    byte[] bytes = new byte[5];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static Execution run(Sandbox sandbox, Language language, String source, Limits limits) {
    Execution execution = sandbox.run(Program.of(language, source), Input.EMPTY, limits);
    System.out.printf("[hostile] %s %s -> %s (%s) wall=%d ms cpu=%d ms peak=%d KiB%n", sandbox.name(),
        language.id(), execution.status(), execution.message(), execution.wallTime().toMillis(),
        execution.cpuTime().toMillis(), execution.peakMemoryBytes() / 1024);
    return execution;
  }

  /** The first uid of the pool this JVM's sandboxes draw from (a fresh pool lends its first uid first). */
  static int poolBase() {
    try {
      return UidPool.forThisProcess().acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Host processes whose real, effective, saved or filesystem uid is one the sandbox lends. */
  static List<String> processesOfPoolUids() {
    int base = poolBase();
    List<String> found = new ArrayList<>();
    for (Path status : procEntries("status")) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("Uid:")) {
            for (String id : line.substring(4).trim().split("\\s+")) {
              long uid = Long.parseLong(id);
              if (uid >= base && uid < base + 256) {
                found.add(status.getParent().getFileName() + " uid " + uid + " " + comm(status.getParent()));
                break;
              }
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // the process ended while we read it
      }
    }
    return found;
  }

  /** Host processes whose name (comm) contains the text. */
  static List<String> hostProcessesNamed(String text) {
    List<String> found = new ArrayList<>();
    for (Path comm : procEntries("comm")) {
      String name = comm(comm.getParent());
      if (name.contains(text)) {
        found.add(comm.getParent().getFileName() + " " + name);
      }
    }
    return found;
  }

  private static String comm(Path procDir) {
    try {
      return Files.readString(procDir.resolve("comm")).strip();
    } catch (IOException e) {
      return "?";
    }
  }

  private static List<Path> procEntries(String file) {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .map(p -> p.resolve(file)).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
  }

  /** Live descendants of this JVM after up to two seconds of grace (the reaper may lag a little). */
  static List<String> jvmDescendants() {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    List<String> alive;
    do {
      alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
          .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
      if (alive.isEmpty()) {
        return alive;
      }
      sleep(50);
    } while (System.nanoTime() < deadline);
    return alive;
  }

  /** Entries of the host's /tmp whose name holds the token or that belong to a sandbox uid. */
  static List<String> hostTmpTraces(String token) {
    int base = poolBase();
    List<String> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(HOST_TMP)) {
      for (Path entry : entries.toList()) {
        if (token != null && entry.getFileName().toString().contains(token)) {
          found.add(entry.toString());
          continue;
        }
        try {
          int owner = (Integer) Files.getAttribute(entry, "unix:uid", java.nio.file.LinkOption.NOFOLLOW_LINKS);
          if (owner >= base && owner < base + 256) {
            found.add(entry + " (owned by sandbox uid " + owner + ")");
          }
        } catch (IOException e) {
          // gone meanwhile
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /tmp", e);
    }
    return found;
  }

  /**
   * Everything a hostile run must leave as it was. {@code token} is the program's marker (null
   * when it writes none); {@code checkTmp} is off for the process backend, which shares the host's /tmp.
   */
  static void assertHostUnharmed(Sandbox sandbox, String token, boolean checkTmp) {
    assertThat(jvmDescendants()).as("processes the JVM still has after the run").isEmpty();
    assertThat(processesOfPoolUids()).as("host processes running as a sandbox uid").isEmpty();
    if (token != null) {
      assertThat(hostProcessesNamed(token)).as("host processes named after the program's marker").isEmpty();
    }
    if (checkTmp) {
      assertThat(hostTmpTraces(token)).as("the program's traces in the host's /tmp").isEmpty();
    }
    assertJvmWorks(sandbox);
  }

  /** The JVM can still start processes, and the sandbox still runs an ordinary program. */
  static void assertJvmWorks(Sandbox sandbox) {
    try {
      Process trueProcess = new ProcessBuilder("/bin/true").start();
      assertThat(trueProcess.waitFor()).as("/bin/true started by the JVM").isZero();
    } catch (IOException e) {
      throw new AssertionError("the JVM cannot start a process any more", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    Execution alive = sandbox.run(Program.of(Language.PYTHON, "print('still', 6 * 7)"), Input.EMPTY, TIGHT);
    assertThat(alive.status()).as("an ordinary program after the hostile one: %s", alive).isEqualTo(Status.OK);
    assertThat(alive.stdout()).isEqualTo("still 42\n");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
