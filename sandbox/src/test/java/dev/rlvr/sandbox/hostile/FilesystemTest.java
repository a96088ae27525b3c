package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Programs that read the host's secrets, look at its processes and write where they should not. */
class FilesystemTest extends HostileSandboxTest {

  /** "path outcome" lines, outcome being READ/WROTE or the exception's name. */
  private static Map<String, String> outcomes(String stdout) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String line : stdout.strip().split("\n")) {
      String[] parts = line.split(" ", 2);
      result.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    return result;
  }

  @Test
  void hostSecretsCannotBeRead() throws IOException {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        for path in ["/etc/shadow", "/etc/passwd", "/etc/gshadow", "/etc/hostname", "/root/.bashrc",
               "/proc/1/root/etc/shadow"]:
          try:
            with open(path, "rb") as f:
              print(path, "READ", f.read().decode("latin-1").replace("\\n", "|"))
          except OSError as e:
            print(path, type(e).__name__)
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    Map<String, String> outcomes = outcomes(execution.stdout());
    assertThat(outcomes).hasSize(6);
    assertThat(outcomes.values()).as("every secret stays unread").noneMatch(o -> o.startsWith("READ"));
    for (Path secret : List.of(Path.of("/etc/shadow"), Path.of("/etc/passwd"))) {
      if (Files.isReadable(secret)) {
        String firstLine = Files.readAllLines(secret).get(0);
        assertThat(execution.stdout() + execution.stderr()).doesNotContain(firstLine);
      }
    }
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void procShowsOnlyTheSandboxsOwnProcesses() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import os
        for pid in sorted(int(p) for p in os.listdir("/proc") if p.isdigit()):
          try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
              command = f.read().replace(b"\\0", b" ").decode(errors="replace").strip()
          except OSError as e:
            command = type(e).__name__
          print(pid, command)
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    List<String> lines = execution.stdout().strip().lines().toList();
    // bwrap's init, rlvr-init and the program: nothing of the host's, whose pids would be far higher.
    assertThat(lines).hasSizeBetween(2, 4);
    assertThat(lines).allSatisfy(line -> {
      assertThat(Integer.parseInt(line.split(" ")[0])).isLessThan(10);
      assertThat(line).satisfiesAnyOf(l -> assertThat(l).contains("bwrap"),
          l -> assertThat(l).contains("/.rlvr/init"), l -> assertThat(l).contains("main.py"));
    });
    // (bwrap's command line, readable as /proc/1/cmdline, names host paths: they are not reachable from inside.)
    assertThat(execution.stdout()).doesNotContain("surefire", "maven", "/bin/java ");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void environmentHoldsOnlyTheAllowListEverywhereTheProgramCanLook() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import os
        for path in ["/proc/self/environ", "/proc/1/environ", "/proc/2/environ", "/proc/3/environ"]:
          try:
            with open(path, "rb") as f:
              entries = [e.decode(errors="replace") for e in f.read().split(b"\\0") if e]
            print("ENV", path, "\\t".join(entries))
          except OSError as e:
            print("ERR", path, type(e).__name__)
        print("OSENV os.environ", "\\t".join(f"{k}={v}" for k, v in os.environ.items()))
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    // bwrap itself sets PWD to its --chdir directory, /work.
    List<String> allowedHere = new ArrayList<>(Hostile.ALLOWED_ENV);
    allowedHere.add("PWD");
    List<String> environments = execution.stdout().lines().filter(l -> !l.startsWith("ERR")).toList();
    assertThat(environments).as("/proc/self/environ and os.environ are always readable")
        .anyMatch(l -> l.startsWith("ENV /proc/self/environ ")).anyMatch(l -> l.startsWith("OSENV "));
    for (String line : environments) {
      String[] parts = line.split(" ", 3);
      List<String> keys = parts.length < 3 ? List.of()
          : Arrays.stream(parts[2].split("\t")).map(e -> e.split("=", 2)[0]).toList();
      assertThat(keys).as("variables in %s of %s", parts[1], execution.stdout())
          .isSubsetOf(allowedHere).contains("PATH");
    }
    assertThat(execution.stdout()).doesNotContain("PWD=/tmp", "PWD=" + cacheRoot);
    List<String> jvmOnly = new ArrayList<>();
    System.getenv().forEach((key, value) -> {
      if (!allowedHere.contains(key)) {
        jvmOnly.add(key + "=");
      }
    });
    assertThat(jvmOnly).as("the JVM has variables of its own to leak").isNotEmpty();
    assertThat(execution.stdout()).doesNotContain(jvmOnly.toArray(String[]::new));
    String jvmPath = System.getenv("PATH");
    if (jvmPath != null && !jvmPath.equals("/usr/local/bin:/usr/bin:/bin")) {
      assertThat(execution.stdout()).doesNotContain("PATH=" + jvmPath);
    }
    String jvmHome = System.getenv("HOME");
    if (jvmHome != null) {
      assertThat(execution.stdout()).doesNotContain("HOME=" + jvmHome + "\t", "HOME=" + jvmHome + "\n");
    }
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void writesOutsideTheWorkDirectoryFailAndReachNothingOnTheHost() {
    String token = Hostile.token();
    String name = "rlvr-hostile-" + token;
    List<String> forbidden = List.of("/usr/" + name, "/usr/bin/" + name, "/etc/" + name, "/" + name,
        cacheRoot + "/" + name, "/root/" + name, "/.rlvr/meta/report", "/.rlvr/in/stdin",
        "/.rlvr/init", "/work/main.py", "/dev/" + name, "/proc/" + name);
    List<String> allowed = List.of("/work/" + name, "/tmp/" + name);
    StringBuilder source = new StringBuilder("import os\n");
    source.append("for path in [");
    for (String path : forbidden) {
      source.append('"').append(path).append("\", ");
    }
    for (String path : allowed) {
      source.append('"').append(path).append("\", ");
    }
    source.append("""
        ]:
          try:
            with open(path, "a") as f:
              f.write("%s\\n")
            print(path, "WROTE")
          except OSError as e:
            print(path, type(e).__name__)
        # The cache sits under /tmp on the host; inside, /tmp is the run's own: this lands there.
        try:
          os.makedirs("%s/%s")
          with open("%s/%s/file", "w") as f:
            f.write("x")
          print("cache-dir", "WROTE")
        except OSError as e:
          print("cache-dir", type(e).__name__)
        """.formatted(token, cacheRoot, name, cacheRoot, name));
    Execution execution = Hostile.run(sandbox, Language.PYTHON, source.toString(), Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    Map<String, String> outcomes = outcomes(execution.stdout());
    for (String path : allowed) {
      assertThat(outcomes.get(path)).as("the sandbox's own %s (shows writes are seen)", path).isEqualTo("WROTE");
    }
    for (String path : forbidden) {
      assertThat(outcomes.get(path)).as("%s in %s", path, execution.stdout()).isNotNull().isNotEqualTo("WROTE");
    }
    for (String path : forbidden) {
      if (path.contains(token)) {
        assertThat(Path.of(path)).as("on the host").doesNotExist();
      }
    }
    assertThat(cacheRoot.resolve(name)).doesNotExist();
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void aMarkerInTheSandboxTmpNeverReachesTheHostTmp() {
    String token = Hostile.token();
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import os
        path = "/tmp/rlvr-hostile-marker-%s"
        with open(path, "w") as f:
          f.write("marker")
        os.mkdir(path + ".d")
        with open(path) as f:
          print(f.read(), os.path.isdir(path + ".d"))
        """.formatted(token), Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("marker True\n");
    assertThat(Path.of("/tmp/rlvr-hostile-marker-" + token)).doesNotExist();
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void fillingTheSandboxTmpStopsAtNoSpaceLeft() throws IOException {
    String token = Hostile.token();
    Limits limits = Hostile.TIGHT.withFileSizeBytes(8 * Limits.MIB);
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import errno
        files = 0
        try:
          while True:
            # files of 4 MiB stay under the 8 MiB file size limit: only the disk can stop this
            with open(f"/tmp/fill-%s-{files}", "wb") as f:
              for _ in range(4):
                f.write(b"\\0" * (1 << 20))
            files += 1
        except OSError as e:
          print("stopped", errno.errorcode.get(e.errno), "after", files, flush=True)
        """.formatted(token), limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).startsWith("stopped ENOSPC after ");
    int files = Integer.parseInt(execution.stdout().strip().split(" ")[3]);
    assertThat(files).as("whole 4 MiB files that fit an 8 MiB tmp").isBetween(1, 2);
    assertThat(filesUnder(cacheRoot)).as("the run left nothing in the cache").noneMatch(p -> p.contains("fill"));
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void oneFileGrowingPastTheFileSizeLimitIsAnOutputLimit() throws IOException {
    Limits limits = Hostile.TIGHT.withFileSizeBytes(8 * Limits.MIB);
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <fcntl.h>
        #include <stdio.h>
        #include <unistd.h>
        static char block[1 << 16];
        int main(void) {
          int fd = open("/work/fill", O_WRONLY | O_CREAT | O_TRUNC, 0644);
          while (write(fd, block, sizeof block) == (ssize_t) sizeof block) {
          }
          perror("write");
          return 3;
        }
        """, limits);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OUTPUT_LIMIT);
    assertThat(execution.signal()).as("SIGXFSZ").isEqualTo(25);
    assertThat(filesUnder(cacheRoot)).noneMatch(p -> p.endsWith("/fill"));
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  private static List<String> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(Path::toString).toList();
    }
  }
}
