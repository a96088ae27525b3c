package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs programs through a real Docker engine and the rlvr-sandbox image. Runs wherever an engine
 * is configured (DOCKER_HOST, or the local socket exists) and is reported as skipped, with the
 * reason, everywhere else. The image must be built first (see sandbox/docker/README.md).
 */
class DockerSandboxTest {

  private static final Path SOCKET = Path.of("/var/run/docker.sock");

  @TempDir
  static Path cache;

  private static DockerSandbox sandbox;

  @BeforeAll
  static void startSandbox() throws IOException {
    String dockerHost = System.getenv("DOCKER_HOST");
    boolean configured = dockerHost != null && !dockerHost.isBlank() || Files.exists(SOCKET);
    Assumptions.assumeTrue(configured, "no Docker engine: DOCKER_HOST is unset and " + SOCKET + " does not exist");
    SandboxSettings settings = SandboxSettings.defaults().withCacheRoot(cache).withMaxParallel(1);
    sandbox = DockerSandbox.create(settings);
  }

  @AfterAll
  static void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void runsPythonOnItsInput() {
    Execution run = sandbox.run(Program.of(Language.PYTHON, "n = int(input())\nprint(n * n)\n"),
        Input.ofStdin("12\n"), Limits.DEFAULT);
    assertThat(run.status()).as(run.message() + " " + run.stderr()).isEqualTo(Status.OK);
    assertThat(run.stdout()).isEqualTo("144\n");
    assertThat(sandbox.supports(Language.PYTHON)).isTrue();
  }

  @Test
  void compilesCOnceAndRunsItOnEveryInput() {
    Program program = Program.of(Language.C, """
        #include <stdio.h>
        int main(void) { long a, b; scanf("%ld %ld", &a, &b); printf("%ld\\n", a + b); return 0; }
        """);
    long before = sandbox.compileCache().compilations();
    Execution first = sandbox.run(program, Input.ofStdin("2 40"), Limits.DEFAULT);
    Execution second = sandbox.run(program, Input.ofStdin("-5 5"), Limits.DEFAULT);
    assertThat(first.status()).as(first.message() + " " + first.stderr()).isEqualTo(Status.OK);
    assertThat(first.stdout()).isEqualTo("42\n");
    assertThat(second.stdout()).isEqualTo("0\n");
    assertThat(sandbox.compileCache().compilations() - before).isEqualTo(1);
  }

  @Test
  void reportsACompileErrorWithTheCompilersMessages() {
    Execution run = sandbox.run(Program.of(Language.C, "int main(void) { return missing; }"), Input.EMPTY,
        Limits.DEFAULT);
    assertThat(run.status()).isEqualTo(Status.COMPILE_ERROR);
    assertThat(run.stderr()).contains("missing");
  }

  @Test
  void endsALoopAtTheTimeLimit() {
    Limits limits = Limits.DEFAULT.withTime(Duration.ofSeconds(1));
    long started = System.nanoTime();
    Execution run = sandbox.run(Program.of(Language.PYTHON, "while True:\n    pass\n"), Input.EMPTY, limits);
    assertThat(run.status()).isEqualTo(Status.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(limits.wallTime().plusSeconds(10));
  }

  @Test
  void stopsAnOutputFloodAtTheCap() {
    Limits limits = Limits.DEFAULT.withOutputBytes(64 * 1024).withTime(Duration.ofSeconds(20));
    long started = System.nanoTime();
    Execution run = sandbox.run(Program.of(Language.PYTHON, "while True:\n    print('y' * 1000)\n"),
        Input.EMPTY, limits);
    assertThat(run.status()).isEqualTo(Status.OUTPUT_LIMIT);
    assertThat(run.stdout()).hasSize(64 * 1024);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("killed at the cap, not at the time limit")
        .isLessThan(Duration.ofSeconds(15));
    Execution after = sandbox.run(Program.of(Language.PYTHON, "print('next')"), Input.EMPTY, Limits.DEFAULT);
    assertThat(after.stdout()).as("the worker is usable after a flood").isEqualTo("next\n");
  }

  @Test
  void hasNoNetwork() {
    Execution run = sandbox.run(Program.of(Language.PYTHON, """
        import socket
        try:
          socket.create_connection(("1.1.1.1", 53), timeout=3)
          print("connected")
        except OSError as e:
          print("blocked")
        """), Input.EMPTY, Limits.DEFAULT);
    assertThat(run.status()).as(run.message() + " " + run.stderr()).isEqualTo(Status.OK);
    assertThat(run.stdout()).isEqualTo("blocked\n");
  }

  @Test
  void cannotWriteOutsideItsWorkDirectoryNorSeeAnEarlierRunsFiles() {
    Execution first = sandbox.run(Program.of(Language.PYTHON, """
        open("/tmp/left-behind", "w").write("secret")
        try:
          open("/usr/evil", "w")
          print("wrote /usr")
        except OSError:
          print("read-only")
        """), Input.EMPTY, Limits.DEFAULT);
    assertThat(first.stdout()).isEqualTo("read-only\n");
    Execution second = sandbox.run(Program.of(Language.PYTHON,
        "import os\nprint(os.path.exists('/tmp/left-behind'))\n"), Input.EMPTY, Limits.DEFAULT);
    assertThat(second.stdout()).isEqualTo("False\n");
  }
}
