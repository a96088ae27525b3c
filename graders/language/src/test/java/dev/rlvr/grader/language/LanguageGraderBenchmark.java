package dev.rlvr.grader.language;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import java.util.List;
import java.util.Map;
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
 * Grades per second of the language grader on one thread, on chains of thought of about 4 KB
 * (UTF-8) in English, Chinese and a mix, with the default options, Lingua's low-accuracy mode
 * and script alone.
 * Run: see the module README ("Benchmark").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LanguageGraderBenchmark {
  private static final int BYTES = 4096;

  /** The language of the chain of thought and the target. */
  @Param({"english", "chinese", "mixed"})
  public String text;

  /** high: the defaults (Lingua, high accuracy); low: Lingua's low-accuracy mode; script: no detector. */
  @Param({"high", "low", "script"})
  public String detector;

  private Grader grader;
  private Rollout rollout;
  private Reference reference;

  @Setup
  public void setUp() {
    Map<String, Object> options = detector.equals("script")
        ? Map.of("detector", "script")
        : Map.of("accuracy", detector);
    grader = new LanguageGraderProvider().create(new GraderConfig("language", options));
    String cot = switch (text) {
      case "english" -> fill(List.of(Texts.join(Texts.ENGLISH), "We have $x^2 + 1 = 5$, so $x = 2$."));
      case "chinese" -> fill(List.of(Texts.CHINESE, "我们有 $x^2 + 1 = 5$，所以 $x = 2$。"));
      default -> fill(List.of(Texts.join(Texts.ENGLISH), Texts.CHINESE, Texts.join(Texts.FRENCH)));
    };
    rollout = Rollout.of("<think>" + cot + "</think> The answer is \\boxed{2}.");
    reference = new Reference(null, List.of(), "", "", "", text.equals("chinese") ? "zh" : "en", Map.of());
  }

  /** Repeats the paragraphs until the text reaches about 4 KB of UTF-8. */
  static String fill(List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < BYTES) {
      sb.append(paragraphs.get(i++ % paragraphs.size())).append("\n\n");
    }
    return sb.toString();
  }

  @Benchmark
  public Object grade() {
    return grader.grade(rollout, reference, GradeContext.unlimited());
  }
}
