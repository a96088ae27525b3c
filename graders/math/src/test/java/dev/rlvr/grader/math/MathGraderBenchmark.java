package dev.rlvr.grader.math;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grades per second of the math grader on one thread, per kind of answer and on the mix.
 * Run: see the module README ("Benchmark").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MathGraderBenchmark {

  /** Gold answer and completion pairs of one kind. */
  @Param({"integers", "fractions", "radicals", "symbolic", "structures", "mixed"})
  public String kind;

  private Grader grader;
  private List<Rollout> rollouts;
  private List<Reference> references;
  private int next;

  @Setup
  public void setUp() {
    grader = new MathGraderProvider().create(GraderConfig.empty("math"));
    List<String[]> pairs = BenchmarkCases.of(kind);
    rollouts = pairs.stream().map(p -> Rollout.of("Let me think step by step... so the answer is $\\boxed{" + p[1] + "}$.")).toList();
    references = pairs.stream().map(p -> Reference.ofAnswers(p[0])).toList();
  }

  @Benchmark
  public Object grade() {
    int i = next++ % rollouts.size();
    return grader.grade(rollouts.get(i), references.get(i), GradeContext.unlimited());
  }
}
