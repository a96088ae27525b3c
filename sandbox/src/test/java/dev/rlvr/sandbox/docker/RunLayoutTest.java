package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.sandbox.Limits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLayoutTest {

  private final RunLayout layout = new RunLayout("r7");
  private final Limits limits = Limits.DEFAULT.withCpuTime(Duration.ofMillis(1500))
      .withWallTime(Duration.ofMillis(2500)).withFileSizeBytes(1234567);

  @Test
  void placesStagedFilesOnTheVolumeAndTheWorkDirectoryOnTmpfs() {
    assertThat(layout.staging()).isEqualTo("/runs/r7");
    assertThat(layout.work()).isEqualTo("/work/r7");
    assertThat(layout.paths().report()).isEqualTo("/runs/r7/meta/report");
    assertThat(layout.paths().stdin()).isEqualTo("/runs/r7/in/stdin");
    assertThat(layout.paths().artifact()).isEqualTo("/runs/r7/art");
    assertThat(layout.paths().out()).isEqualTo("/runs/r7/out");
  }

  @Test
  void passesTheRunsLimitsToRlvrInit() {
    List<String> line = layout.supervised(100_003, limits, 70, 512 * Limits.MIB, List.of("/usr/bin/python3", "x.py"));
    List<String> init = line.subList(line.indexOf(RunLayout.INIT), line.indexOf("--"));
    assertThat(pairs(init)).containsSubsequence("-u 100003", "-g 100003", "-t 2", "-p 70", "-f 1234567",
        "-n 256", "-w 2500", "-r /runs/r7/meta/report", "-i /runs/r7/in/stdin", "-d /work/r7",
        "-m " + 512 * Limits.MIB, "-s " + 64 * Limits.MIB);
    assertThat(line.subList(line.indexOf("--") + 1, line.size())).containsExactly("/usr/bin/python3", "x.py");
  }

  @Test
  void leavesTheAddressSpaceUnlimitedForManagedRuntimes() {
    List<String> line = layout.supervised(100_003, limits, 70, 0, List.of("/usr/bin/java", "Main"));
    List<String> init = line.subList(line.indexOf(RunLayout.INIT), line.indexOf("--"));
    assertThat(init).doesNotContain("-m");
    assertThat(pairs(init)).contains("-s " + 64 * Limits.MIB);
  }

  @Test
  void capsTheStackAtHalfASmallAddressSpace() {
    List<String> line = layout.supervised(1, limits, 1, 32 * Limits.MIB, List.of("/a"));
    assertThat(pairs(line.subList(line.indexOf(RunLayout.INIT), line.indexOf("--")))).contains("-s " + 16 * Limits.MIB);
  }

  @Test
  void stagingShellCopiesTheSourcesToAWritableDirectoryAndBecomesTheCommand(@TempDir Path dir) throws Exception {
    Path src = Files.createDirectories(dir.resolve("staged/src/pkg"));
    Files.writeString(src.resolve("mod.py"), "x = 1\n");
    Files.writeString(dir.resolve("staged/src/main.py"), "print(1)\n");
    Path work = dir.resolve("work-r7");
    List<String> line = layout.supervised(1, limits, 1, 0, List.of("/bin/echo", "supervised"));
    // Same shell script, host paths for the two directories, echo standing in for rlvr-init.
    List<String> local = new ArrayList<>(line.subList(0, 4));
    local.addAll(List.of(dir.resolve("staged/src").toString(), work.toString(), "/bin/echo", "ran"));
    Process process = new ProcessBuilder(local).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isZero();
    assertThat(output).isEqualTo("ran\n");
    assertThat(work.resolve("main.py")).hasContent("print(1)");
    assertThat(work.resolve("pkg/mod.py")).hasContent("x = 1");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work))).isEqualTo("rwxrwxrwx");
  }

  @Test
  void cleanupPrintsTheReportBeforeDeletingTheRun() {
    List<String> line = layout.reportAndClean();
    String script = line.get(2);
    assertThat(script.indexOf("cat \"$1\"")).isLessThan(script.indexOf("rm -rf"));
    assertThat(line.subList(3, line.size())).containsExactly("rlvr-clean", "/runs/r7/meta/report", "/runs/r7",
        "/work/r7");
    assertThat(script).contains("/tmp", "/dev/shm");
  }

  @Test
  void killScriptIsOneTheShellAccepts() throws Exception {
    List<String> line = RunLayout.killEverythingOfThisUid();
    assertThat(line.get(2)).isEqualTo("kill -KILL -1");
    // Signal 0 only checks: the same syntax, run here without killing anything.
    Process process = new ProcessBuilder(line.get(0), line.get(1), line.get(2).replace("-KILL", "-0"))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }

  @Test
  void rejectsRunNamesThatAreNotPlain() {
    assertThatThrownBy(() -> new RunLayout("../etc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RunLayout("a b")).isInstanceOf(IllegalArgumentException.class);
  }

  /** "-x value" for each option, so that an option cannot match another option's value. */
  private static List<String> pairs(List<String> init) {
    List<String> pairs = new ArrayList<>();
    for (int i = 1; i + 1 < init.size(); i += 2) {
      pairs.add(init.get(i) + " " + init.get(i + 1));
    }
    return pairs;
  }
}
