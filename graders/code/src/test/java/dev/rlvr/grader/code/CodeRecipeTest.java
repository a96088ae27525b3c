package dev.rlvr.grader.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.engine.Sample;
import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample code rollouts of problems/ (stdin/stdout in four languages, float checker, APPS
 * call-based, LiveCodeBench functional, HumanEval, MBPP, and reward hacks) through the engine
 * with the built-in recipes, each against the pass rate written in its record.
 */
class CodeRecipeTest {
  private static final Path ROLLOUTS = Path.of("../../problems/code-rollouts.jsonl");
  private static GraderRegistry registry;
  private static List<InputRecord> records;
  /** Scored once: every test below reads these (each engine compiles the C, C++ and Java answers anew). */
  private static List<RewardResult> code;

  @BeforeAll
  static void load() throws Exception {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(), () -> BwrapSandbox.unusableReason().orElse(""));
    registry = GraderRegistry.load(CodeRecipeTest.class.getClassLoader());
    InputRecordParser parser = new InputRecordParser(FieldMapping.defaults());
    records = new ArrayList<>();
    List<String> lines = Files.readAllLines(ROLLOUTS);
    for (int i = 0; i < lines.size(); i++) {
      records.add(parser.parse(lines.get(i), i + 1));
    }
    code = score("code");
  }

  private static double expected(InputRecord record) {
    return ((Number) record.reference().extraInfo().get("expected_accuracy")).doubleValue();
  }

  private static List<RewardResult> score(String recipe) {
    try (RewardEngine engine = RewardEngine.create(RecipeCatalog.of(registry).resolve(recipe), registry,
        new EngineOptions(2))) {
      return engine.scoreBatch(records.stream().map(r -> new Sample(r.rollout(), r.reference())).toList());
    }
  }

  @Test
  void everySampleScoresItsPassRate() {
    List<RewardResult> results = code;
    for (int i = 0; i < records.size(); i++) {
      Score accuracy = results.get(i).components().get("accuracy");
      assertThat(accuracy.value()).as(records.get(i).rollout().id() + ": " + accuracy.reason())
          .isCloseTo(expected(records.get(i)), org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void verdictsSayWhy() {
    List<RewardResult> results = code;
    assertThat(verdictOf(results, "sum-no-code")).isEqualTo(Verdict.NO_ANSWER);
    assertThat(verdictOf(results, "sum-compile-error")).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(verdictOf(results, "sum-crash")).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(verdictOf(results, "sum-py-abs")).isEqualTo(Verdict.PARTIAL);
    assertThat(verdictOf(results, "sum-py-correct")).isEqualTo(Verdict.CORRECT);
    Score compile = results.get(indexOf("sum-compile-error")).components().get("accuracy");
    assertThat(compile.reason()).contains("error");
  }

  @Test
  void r1ZeroAddsTheFormatReward() {
    List<RewardResult> results = score("r1-zero-code");
    RewardResult correct = results.get(indexOf("sum-py-correct"));
    assertThat(correct.components()).containsKeys("accuracy", "format");
    assertThat(correct.reward()).isEqualTo(2.0);
  }

  private static Verdict verdictOf(List<RewardResult> results, String id) {
    return results.get(indexOf(id)).components().get("accuracy").verdict();
  }

  private static int indexOf(String id) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).rollout().id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no sample " + id);
  }
}
