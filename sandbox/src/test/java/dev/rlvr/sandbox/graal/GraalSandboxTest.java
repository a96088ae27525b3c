package dev.rlvr.sandbox.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GraalSandboxTest {

  private static final Limits LIMITS = Limits.DEFAULT.withTime(Duration.ofSeconds(2)).withMemoryBytes(64 * Limits.MIB);

  private static GraalSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = new GraalSandbox();
    js("console.log('warm')", ""); // the JVM's first context costs seconds; no test should time it
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Execution js(String source, String stdin) {
    return sandbox.run(Program.of(Language.JAVASCRIPT, source), Input.ofStdin(stdin), LIMITS);
  }

  private static Execution js(String source, String stdin, Limits limits) {
    return sandbox.run(Program.of(Language.JAVASCRIPT, source), Input.ofStdin(stdin), limits);
  }

  @Nested
  class NodeIdioms {

    @Test
    void sumsStdinReadWithReadFileSync() {
      Execution run = js("""
          const nums = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);
          console.log(nums.reduce((a, b) => a + b, 0));
          """, "1 2 3\n40\n");
      assertThat(run.status()).as(run.toString()).isEqualTo(Status.OK);
      assertThat(run.stdout()).isEqualTo("46\n");
    }

    @Test
    void readsDevStdinWithoutAnEncoding() {
      Execution run = js("""
          const lines = require('fs').readFileSync('/dev/stdin').toString().split('\\n');
          process.stdout.write(lines[1] + lines[0]);
          """, "a\nb\n");
      assertThat(run.stdout()).isEqualTo("ba");
    }

    @Test
    void sumsStdinLineByLineWithReadline() {
      Execution run = js("""
          const rl = require('readline').createInterface({ input: process.stdin });
          let sum = 0, count = 0;
          rl.on('line', line => { sum += Number(line); count++; });
          rl.on('close', () => console.log(count + ' lines, sum ' + sum));
          """, "5\n7\r\n-2");
      assertThat(run.status()).as(run.toString()).isEqualTo(Status.OK);
      assertThat(run.stdout()).isEqualTo("3 lines, sum 10\n");
    }

    @Test
    void readsAllOfStdinThroughDataAndEndEvents() {
      Execution run = js("""
          let text = '';
          process.stdin.setEncoding('utf8');
          process.stdin.on('data', chunk => text += chunk);
          process.stdin.on('end', () => console.log(text.split(' ').length));
          """, "x y z");
      assertThat(run.stdout()).isEqualTo("3\n");
    }

    @Test
    void keepsTheOrderOfConsoleLogAndStdoutWrites() {
      Execution run = js("""
          process.stdout.write('a');
          console.log('b', 1, [1, 2], { k: 'v' });
          process.stdout.write('c\\n');
          console.error('oops');
          """, "");
      assertThat(run.stdout()).isEqualTo("ab 1 [ 1, 2 ] { k: 'v' }\nc\n");
      assertThat(run.stderr()).isEqualTo("oops\n");
    }

    @Test
    void runsPromiseCallbacksBeforeStdinEvents() {
      Execution run = js("""
          Promise.resolve().then(() => console.log('microtask'));
          require('readline').createInterface({ input: process.stdin }).on('line', l => console.log(l));
          console.log('top');
          """, "line\n");
      assertThat(run.stdout()).isEqualTo("top\nmicrotask\nline\n");
    }
  }

  @Nested
  class Outcomes {

    @Test
    void reportsAThrownErrorAsARuntimeError() {
      Execution run = js("""
          console.log('before');
          function fail() { throw new Error('boom'); }
          fail();
          """, "");
      assertThat(run.status()).isEqualTo(Status.RUNTIME_ERROR);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.stdout()).isEqualTo("before\n");
      assertThat(run.stderr()).contains("Error: boom").contains("main.js:2");
    }

    @Test
    void reportsASyntaxErrorAsACompileError() {
      Execution run = js("console.log('never');\nlet x = ;\n", "");
      assertThat(run.status()).isEqualTo(Status.COMPILE_ERROR);
      assertThat(run.stdout()).isEmpty();
      assertThat(run.stderr()).containsIgnoringCase("syntax");
    }

    @Test
    void takesTheExitCodeOfProcessExit() {
      Execution run = js("""
          console.log('partial');
          try { process.exit(3); } catch (e) { console.log('swallowed'); }
          console.log('after');
          """, "");
      assertThat(run.status()).isEqualTo(Status.RUNTIME_ERROR);
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.stdout()).isEqualTo("partial\n");
    }

    @Test
    void treatsProcessExitZeroAsSuccess() {
      Execution run = js("console.log('done'); process.exit(0); console.log('not this');", "");
      assertThat(run.status()).isEqualTo(Status.OK);
      assertThat(run.exitCode()).isZero();
      assertThat(run.stdout()).isEqualTo("done\n");
    }

    @Test
    void failsOnAPromiseRejectionNobodyHandles() {
      Execution run = js("(async () => { await null; throw new Error('late'); })(); console.log('top');", "");
      assertThat(run.status()).isEqualTo(Status.RUNTIME_ERROR);
      assertThat(run.stdout()).isEqualTo("top\n");
      assertThat(run.stderr()).contains("Error: late");
    }

    @Test
    void runsProgramsInParallelEachWithItsOwnInput() throws Exception {
      String echo = "console.log(require('fs').readFileSync(0, 'utf8').trim() * 2);";
      List<Future<Execution>> runs = new ArrayList<>();
      try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
        for (int i = 0; i < 8; i++) {
          String stdin = String.valueOf(i);
          runs.add(callers.submit(() -> js(echo, stdin)));
        }
        for (int i = 0; i < 8; i++) {
          assertThat(runs.get(i).get().stdout()).isEqualTo((2 * i) + "\n");
        }
      }
    }

    @Test
    void measuresTheGuestThreadsCpuTime() {
      Execution run = js("let s = 0; for (let i = 0; i < 1e6; i++) { s += i % 7; } console.log(s > 0);", "");
      assertThat(run.status()).isEqualTo(Status.OK);
      assertThat(run.cpuTime()).isPositive();
    }
  }

  @Nested
  class Guards {

    @Test
    void stopsAnEndlessLoopAtTheWallLimit() {
      Limits limits = LIMITS.withWallTime(Duration.ofMillis(500)).withCpuTime(Duration.ofSeconds(30));
      Execution run = js("while (true) {}", "", limits);
      assertThat(run.status()).isEqualTo(Status.TIMEOUT);
      assertThat(run.message()).contains("wall time");
      assertThat(run.wallTime()).isBetween(Duration.ofMillis(500), Duration.ofMillis(500 + 1000));
    }

    @Test
    void stopsAnEndlessLoopAtTheCpuLimit() {
      Limits limits = LIMITS.withWallTime(Duration.ofSeconds(30)).withCpuTime(Duration.ofMillis(300));
      Execution run = js("for (;;) { Math.sqrt(2); }", "", limits);
      assertThat(run.status()).isEqualTo(Status.TIMEOUT);
      assertThat(run.message()).contains("CPU time");
      assertThat(run.cpuTime()).isLessThan(Duration.ofMillis(300 + 1500));
    }

    @Test
    void stopsAnEndlessLoopAtTheStatementLimit() {
      try (GraalSandbox counting = new GraalSandbox(10_000)) {
        Limits limits = LIMITS.withWallTime(Duration.ofSeconds(30)).withCpuTime(Duration.ofSeconds(1));
        Execution endless = counting.run(Program.of(Language.JAVASCRIPT, "let i = 0; while (true) { i++; }"),
            Input.EMPTY, limits);
        Execution bounded = counting.run(Program.of(Language.JAVASCRIPT,
            "let i = 0; for (let k = 0; k < 1000; k++) { i++; } console.log(i);"), Input.EMPTY, limits);
        assertThat(endless.status()).isEqualTo(Status.TIMEOUT);
        assertThat(endless.message()).contains("statement limit");
        assertThat(endless.wallTime()).isLessThan(Duration.ofSeconds(1));
        assertThat(bounded.stdout()).isEqualTo("1000\n");
      }
    }

    @Test
    void stopsAFloodOfOutputAtTheCap() {
      Execution run = js("while (true) { console.log('spam spam spam'); }", "", LIMITS.withOutputBytes(4096));
      assertThat(run.status()).isEqualTo(Status.OUTPUT_LIMIT);
      assertThat(run.stdout()).hasSize(4096).startsWith("spam spam spam\n");
    }

    /** Time enough to fill the test JVM's heap: without the guard, these bombs would. */
    private static final Limits BOMB_LIMITS = LIMITS.withMemoryBytes(64 * Limits.MIB)
        .withWallTime(Duration.ofSeconds(60)).withCpuTime(Duration.ofSeconds(60));

    @Test
    void stopsAMemoryBombAndTheJvmLivesOn() {
      Execution run = js("""
          const hoard = [];
          while (true) { hoard.push(new Array(100000).fill(hoard.length)); }
          """, "", BOMB_LIMITS);
      assertThat(run.status()).as(run.toString()).isEqualTo(Status.MEMORY_LIMIT);
      assertThat(run.message()).contains("memory limit 64 MiB");
      assertThat(run.wallTime()).isLessThan(Duration.ofSeconds(10));
      assertThat(js("console.log('still here')", "").stdout()).isEqualTo("still here\n");
    }

    @Test
    void stopsAGrowingStringAtTheMemoryLimit() {
      Execution run = js("""
          const parts = [];
          let s = 'x';
          while (true) { s = s + s.length; parts.push(s.slice(0, 5000) + parts.length); }
          """, "", BOMB_LIMITS);
      assertThat(run.status()).as(run.toString()).isEqualTo(Status.MEMORY_LIMIT);
      assertThat(run.message()).contains("memory limit 64 MiB");
    }

    @Test
    void letsAProgramChurnThroughMoreGarbageThanItsLimit() {
      Execution run = js("""
          let kept = 0;
          for (let i = 0; i < 2000; i++) { kept += new Array(20000).fill(i).length; }
          console.log(kept);
          """, "", LIMITS.withMemoryBytes(32 * Limits.MIB));
      assertThat(run.status()).as(run.toString()).isEqualTo(Status.OK);
      assertThat(run.stdout()).isEqualTo("40000000\n");
    }
  }

  @Nested
  class Isolation {

    @Test
    void deniesJavaHostClasses() {
      Execution run = js("""
          let reached;
          try { reached = Java.type('java.lang.System').getProperty('user.home'); } catch (e) { reached = 'denied'; }
          console.log(reached);
          """, "");
      assertThat(run.stdout()).isEqualTo("denied\n");
    }

    @Test
    void cannotReadHostFiles() {
      Execution run = js("""
          const attempts = [
            () => require('fs').readFileSync('/etc/passwd', 'utf8'),
            () => load('/etc/passwd'),
            () => read('/etc/passwd'),
            () => require('child_process'),
            () => Polyglot.eval('js', '1'),
          ];
          for (const attempt of attempts) {
            try { console.log('READ ' + String(attempt()).slice(0, 20)); } catch (e) { console.log('denied'); }
          }
          """, "");
      assertThat(run.status()).as(run.toString()).isEqualTo(Status.OK);
      assertThat(run.stdout()).isEqualTo("denied\n".repeat(5)).doesNotContain("root:");
    }
  }

  @Nested
  class OtherLanguages {

    @Test
    void supportsJavaScriptOnly() {
      assertThat(sandbox.supports(Language.JAVASCRIPT)).isTrue();
      assertThat(sandbox.supports(Language.PYTHON)).isFalse();
      assertThat(sandbox.supports(Language.JAVA)).isFalse();
    }

    @Test
    void explainsWhyPythonIsLeftOut() {
      Execution run = sandbox.run(Program.of(Language.PYTHON, "print(1)"), Input.EMPTY, LIMITS);
      assertThat(run.status()).isEqualTo(Status.SANDBOX_ERROR);
      assertThat(run.message()).contains("GraalPy").contains("161 MB").contains("7 s");
    }
  }
}
