package dev.rlvr.sandbox.bench;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Executions per second of trivial programs, two threads (one per core of the reference machine):
 * the cold path (a fresh sandbox and interpreter per execution) against the warm Python workers,
 * with bubblewrap isolation and with the plain process backend, whose ratio is what isolation costs.
 * C and Java run from the compile cache (compiled once in setup), as a submission's tests do.
 *
 * <pre>
 * java -cp ... org.openjdk.jmh.Main SandboxBenchmark -wi 1 -w 3s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
public class SandboxBenchmark {

  static final Program PYTHON = Program.of(Language.PYTHON, "print(1)");
  static final Program C = Program.of(Language.C, "#include <stdio.h>\nint main(void){puts(\"1\");return 0;}");
  static final Program JAVA = Program.of(Language.JAVA,
      "public class Main{public static void main(String[] a){System.out.println(1);}}");

  /** Shared by both threads, like the sandbox of a grader. */
  @State(Scope.Benchmark)
  public static class Cold {
    @Param({"bwrap", "process"})
    public String backend;
    Sandbox sandbox;

    @Setup(Level.Trial)
    public void start() {
      sandbox = Sandboxes.create(backend, SandboxSettings.defaults(), false);
      check(sandbox.run(C, Input.EMPTY, Limits.DEFAULT));
      check(sandbox.run(JAVA, Input.EMPTY, Limits.DEFAULT));
    }

    @TearDown(Level.Trial)
    public void stop() {
      sandbox.close();
    }
  }

  @State(Scope.Benchmark)
  public static class Warm {
    @Param({"bwrap", "process"})
    public String backend;
    Sandbox sandbox;

    @Setup(Level.Trial)
    public void start() {
      sandbox = Sandboxes.create(backend, SandboxSettings.defaults(), true);
      check(sandbox.run(PYTHON, Input.EMPTY, Limits.DEFAULT));
    }

    @TearDown(Level.Trial)
    public void stop() {
      sandbox.close();
    }
  }

  @Benchmark
  public Execution pythonCold(Cold state) {
    return check(state.sandbox.run(PYTHON, Input.EMPTY, Limits.DEFAULT));
  }

  @Benchmark
  public Execution pythonWarm(Warm state) {
    return check(state.sandbox.run(PYTHON, Input.EMPTY, Limits.DEFAULT));
  }

  @Benchmark
  public Execution c(Cold state) {
    return check(state.sandbox.run(C, Input.EMPTY, Limits.DEFAULT));
  }

  @Benchmark
  public Execution java(Cold state) {
    return check(state.sandbox.run(JAVA, Input.EMPTY, Limits.DEFAULT));
  }

  /** A benchmark of failing runs would measure nothing: stop at the first one. */
  static Execution check(Execution execution) {
    if (!execution.ok() || !execution.stdout().strip().equals("1")) {
      throw new IllegalStateException("benchmark program failed: " + execution);
    }
    return execution;
  }
}
