package dev.rlvr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.exec.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The warm path must be indistinguishable from a fresh interpreter, test after test. */
class WarmPythonTest {

  private static Sandbox warm;
  private static Sandbox cold;

  @BeforeAll
  static void start() {
    BwrapAvailable.assumeInstalled();
    warm = Sandboxes.create("bwrap", SandboxSettings.defaults().withMaxParallel(2), true);
    cold = Sandboxes.create("bwrap", SandboxSettings.defaults().withMaxParallel(2), false);
  }

  @AfterAll
  static void stop() {
    if (warm != null) {
      warm.close();
      cold.close();
    }
  }

  private static final Limits SHORT = Limits.DEFAULT.withTime(Duration.ofSeconds(1));

  @ParameterizedTest
  @ValueSource(strings = {
    "print(input()[::-1])",
    "import sys\nprint(len(sys.stdin.buffer.read()))",
    "import sys\nsys.stdout.write('no newline')",
    "print(__name__, __file__.endswith('main.py'))",
    "import sys\nprint(sys.argv[0].endswith('main.py'), len(sys.argv))",
    "raise ValueError('bad value')",
    "import sys\nsys.exit('a message')",
    "exit(7)",
    "import os\nos._exit(9)",
    "print(hash('abc'), sorted({'x': 1}.items()))",
    "import sys\nprint('err', file=sys.stderr)\nprint('out')",
    "import math\nprint(math.factorial(30))",
    "def f(n): return n if n < 2 else f(n - 1) + 1\nprint(f(900))",
    "if __name__ == '__main__':\n    print('main guard')",
  })
  void answersLikeAFreshInterpreter(String source) {
    Program program = Program.of(Language.PYTHON, source);
    Input input = Input.ofStdin("hello\nworld\n");
    Execution fresh = cold.run(program, input, SHORT);
    Execution forked = warm.run(program, input, SHORT);
    assertThat(forked.status()).as(forked.toString()).isEqualTo(fresh.status());
    assertThat(forked.exitCode()).isEqualTo(fresh.exitCode());
    assertThat(forked.stdout()).isEqualTo(fresh.stdout());
    assertThat(lastLine(forked.stderr())).isEqualTo(lastLine(fresh.stderr()));
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  @Test
  void testsDoNotSeeEachOthersState() {
    Program writer = Program.of(Language.PYTHON,
        "import os, sys\nopen('left.txt', 'w').write('x')\nsys.modules['json'].leaked = True\nprint(os.listdir('.'))");
    Program reader = Program.of(Language.PYTHON,
        "import os, json\nprint(os.listdir('.'), hasattr(json, 'leaked'))");
    for (int i = 0; i < 4; i++) {
      assertThat(warm.run(writer, Input.EMPTY, SHORT).stdout()).isEqualTo("['left.txt']\n");
      assertThat(warm.run(reader, Input.EMPTY, SHORT).stdout()).isEqualTo("[] False\n");
    }
  }

  @Test
  void nothingWrittenToTmpOrHomeReachesTheNextTest() {
    Program writer = Program.of(Language.PYTHON, "import os\n"
        + "open('/tmp/secret', 'w').write('x')\n"
        + "open(os.path.expanduser('~/.planted'), 'w').write('x')\n"
        + "open('/work/shared', 'w').write('x')\n"
        + "print(os.path.exists('/tmp/secret'))");
    Program reader = Program.of(Language.PYTHON, "import os\n"
        + "print(os.listdir('/tmp'), os.path.exists(os.path.expanduser('~/.planted')), "
        + "os.path.exists('/work/shared'))");
    // One worker, so that the reader runs in the very interpreter and sandbox the writer used.
    try (Sandbox single = Sandboxes.create("bwrap", SandboxSettings.defaults().withMaxParallel(1), true)) {
      for (int i = 0; i < 3; i++) {
        assertThat(single.run(writer, Input.EMPTY, SHORT).stdout()).isEqualTo("True\n");
        assertThat(single.run(reader, Input.EMPTY, SHORT).stdout()).isEqualTo("[] False False\n");
      }
    }
  }

  @Test
  void aWorkerOutlivesTheThreadThatStartedIt() throws Exception {
    try (Sandbox single = Sandboxes.create("bwrap", SandboxSettings.defaults().withMaxParallel(1), true)) {
      Program program = Program.of(Language.PYTHON, "print('ok')");
      java.util.Set<Long> before = childPids();
      Thread starter = new Thread(() -> single.run(program, Input.EMPTY, SHORT));
      starter.start();
      starter.join();
      java.util.Set<Long> started = childPids();
      started.removeAll(before);
      assertThat(started).as("the worker this sandbox started").hasSize(1);
      Thread.sleep(300);
      assertThat(childPids()).as("bwrap's parent-death signal must not follow the starting thread")
          .containsAll(started);
      assertThat(single.run(program, Input.EMPTY, SHORT).stdout()).isEqualTo("ok\n");
    }
  }

  private static java.util.Set<Long> childPids() {
    return ProcessHandle.current().children().map(ProcessHandle::pid)
        .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
  }

  @Test
  void eachTestHasItsOwnLimits() {
    assertThat(warm.run(Program.of(Language.PYTHON, "while True: pass"), Input.EMPTY, SHORT).status())
        .isEqualTo(Status.TIMEOUT);
    assertThat(warm.run(Program.of(Language.PYTHON, "import time\ntime.sleep(5)"), Input.EMPTY,
        SHORT.withWallTime(Duration.ofMillis(500))).status()).isEqualTo(Status.TIMEOUT);
    assertThat(warm.run(Program.of(Language.PYTHON, "x = bytearray(600 * 1024 * 1024)"), Input.EMPTY, SHORT).status())
        .isEqualTo(Status.MEMORY_LIMIT);
    Execution flood = warm.run(Program.of(Language.PYTHON, "while True: print('y' * 4096)"), Input.EMPTY,
        SHORT.withOutputBytes(64 * 1024));
    assertThat(flood.status()).isEqualTo(Status.OUTPUT_LIMIT);
    assertThat(flood.stdout().length()).isLessThanOrEqualTo(64 * 1024);
    assertThat(warm.run(Program.of(Language.PYTHON, "print(sum(range(10)))"), Input.EMPTY, SHORT).stdout())
        .isEqualTo("45\n");
  }

  @Test
  void hostileChildrenCannotTakeTheWorkerDown() {
    List<String> hostile = List.of(
        "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)",
        "import os, signal\nos.kill(-1, signal.SIGKILL)",
        "import os\nwhile True:\n    try: os.fork()\n    except OSError: pass",
        "import os\nif os.fork() == 0:\n    os.setsid()\n    import time; time.sleep(60)\nprint('parent done')",
        "import sys\nsys.stdout.close()\nsys.stdin.close()");
    for (String source : hostile) {
      Execution execution = warm.run(Program.of(Language.PYTHON, source), Input.EMPTY, SHORT);
      assertThat(execution.status()).as(source).isNotEqualTo(Status.SANDBOX_ERROR);
      assertThat(warm.run(Program.of(Language.PYTHON, "print('still here')"), Input.EMPTY, SHORT).stdout())
          .as("after " + source).isEqualTo("still here\n");
    }
  }

  @Test
  void largeInputAndOutputRoundTrip() {
    String line = "0123456789".repeat(100) + "\n";
    String input = line.repeat(2000);
    Execution execution = warm.run(Program.of(Language.PYTHON, "import sys\nsys.stdout.write(sys.stdin.read())"),
        Input.ofStdin(input), Limits.DEFAULT);
    assertThat(execution.status()).isEqualTo(Status.OK);
    assertThat(execution.stdout().getBytes(StandardCharsets.UTF_8)).hasSize(input.length());
  }

  @Test
  void aRunsOwnFilesReachTheForkedChild() {
    Program program = Program.of(Language.PYTHON, "print(open('input.txt').read())");
    Input input = new Input(new byte[0], List.of(), java.util.Map.of("input.txt", "from the run"));
    assertThat(warm.run(program, input, SHORT).stdout()).isEqualTo("from the run\n");
  }

  @Test
  void otherLanguagesGoToTheColdBackend() {
    Execution execution = warm.run(LanguagesTest.sumOfStdin(Language.C), Input.ofStdin("2 3"), Limits.DEFAULT);
    assertThat(execution.stdout()).isEqualTo("5\n");
  }
}
