package dev.rlvr.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every grader module's provider must keep. A module extends this class and names
 * its provider; the inherited tests check discovery, robustness on hostile input, the score range,
 * determinism and thread safety.
 */
public abstract class GraderContractTest {
  private static final long SEED = 20261126L;

  /**
   * The provider under test.
   *
   * @return a new provider
   */
  protected abstract GraderProvider provider();

  /**
   * The reference the rollouts are graded against; graders that need a gold answer override it.
   *
   * @return the reference
   */
  protected Reference reference() {
    return Reference.none();
  }

  /**
   * The least value the grader may return.
   *
   * @return the bound
   */
  protected double minValue() {
    return 0.0;
  }

  /**
   * The greatest value the grader may return.
   *
   * @return the bound
   */
  protected double maxValue() {
    return 1.0;
  }

  private Grader grader() {
    return provider().create(GraderConfig.empty(provider().name()));
  }

  @Test
  void providerIsFoundByServiceLoader() {
    List<String> classes = ServiceLoader.load(GraderProvider.class).stream()
        .map(p -> p.type().getName())
        .toList();
    assertThat(classes).contains(provider().getClass().getName());
  }

  @Test
  void nameIsKebabCaseAndDescribed() {
    assertThat(provider().name()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    assertThat(provider().description()).isNotBlank();
  }

  @Test
  void handlesEmptyAndHugeCompletions() {
    Grader grader = grader();
    List<String> hostile = List.of("", " ", "\n\n", "\u0000", "<".repeat(100_000),
        "<think>".repeat(20_000), "a".repeat(1_000_000), "{".repeat(50_000) + "\\boxed{" + "}".repeat(10));
    for (String completion : hostile) {
      checkInRange(grader.grade(Rollout.of(completion), reference(), GradeContext.unlimited()));
      checkInRange(grader.grade(Rollout.of(completion, completion), reference(), GradeContext.unlimited()));
    }
  }

  @TestFactory
  Stream<DynamicTest> randomCompletionsNeverThrowAndStayInRange() {
    Grader grader = grader();
    RandomText text = new RandomText(SEED);
    return Stream.generate(() -> text.next(40)).limit(500).map(completion -> DynamicTest.dynamicTest(
        "grades " + completion.length() + " chars", () -> {
          Score first = grader.grade(Rollout.of(completion), reference(), GradeContext.unlimited());
          checkInRange(first);
          Score again = grader.grade(Rollout.of(completion), reference(), GradeContext.unlimited());
          assertThat(again.value()).as("deterministic").isEqualTo(first.value());
          assertThat(again.verdict()).isEqualTo(first.verdict());
        }));
  }

  @Test
  void concurrentCallsGiveTheSameScoresAsSequentialOnes() throws Exception {
    Grader grader = grader();
    RandomText text = new RandomText(SEED + 1);
    List<String> completions = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      completions.add(text.next(30));
    }
    List<Double> sequential = completions.stream()
        .map(c -> grader.grade(Rollout.of(c), reference(), GradeContext.unlimited()).value())
        .toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Double>> futures = new ArrayList<>();
      for (String c : completions) {
        futures.add(pool.submit(() -> grader.grade(Rollout.of(c), reference(), GradeContext.unlimited()).value()));
      }
      for (int i = 0; i < completions.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void checkInRange(Score score) {
    assertThat(score).isNotNull();
    assertThat(score.value()).isBetween(minValue(), maxValue());
    assertThat(score.verdict()).isNotNull();
  }
}
