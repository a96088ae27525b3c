package dev.rlvr.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskRouterTest {

  private static Reference reference(Object truth, String dataSource, String task, Map<String, Object> extra) {
    List<String> answers = truth instanceof String s ? List.of(s) : List.of();
    return new Reference(truth, answers, dataSource, task, "", "", extra);
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "math,        ,                          MATH",
    "code,        ,                          CODE",
    "coding,      ,                          CODE",
    ",            openai/gsm8k,              MATH",
    ",            lighteval/MATH,            MATH",
    ",            codecontests,              CODE",
    ",            likaixin/TACO-verified,    CODE",
    ",            livecodebench/code_generation_lite, CODE",
    "math,        codecontests,              MATH",
  })
  void theStatedTaskWinsThenTheDataSource(String task, String dataSource, Task expected) {
    assertThat(Task.of(reference("42", dataSource, task, Map.of()), Task.MATH).task()).isEqualTo(expected);
  }

  @Test
  void testsInTheReferenceMeanCode() {
    Map<String, Object> apps = Map.of("inputs", List.of("1\n"), "outputs", List.of("2\n"));
    assertThat(Task.of(reference(apps, "", "", Map.of()), Task.MATH).task()).isEqualTo(Task.CODE);
    List<Object> openR1 = List.of(Map.of("input", "1", "output", "2", "type", "stdin_stdout"));
    assertThat(Task.of(reference(openR1, "", "", Map.of()), Task.MATH).task()).isEqualTo(Task.CODE);
    assertThat(Task.of(reference(null, "", "", Map.of("test_list", List.of("assert f(1) == 2"))), Task.MATH).task())
        .isEqualTo(Task.CODE);
    assertThat(Task.of(reference("\\frac12", "", "", Map.of()), Task.CODE).task()).isEqualTo(Task.MATH);
    assertThat(Task.of(reference(null, "", "", Map.of()), Task.CODE).task()).isEqualTo(Task.CODE);
  }

  @Test
  void gradesWithTheTasksGraderAndSaysWhich() {
    TaskRouter router = new TaskRouter(Map.of(
        Task.MATH, (rollout, ref, ctx) -> Score.correct("math said yes"),
        Task.CODE, (rollout, ref, ctx) -> Score.of(0.5, Verdict.PARTIAL, "code said half")), Task.MATH);
    Score math = router.grade(Rollout.of("q", "a"), reference("1", "openai/gsm8k", "", Map.of()),
        GradeContext.unlimited());
    Score code = router.grade(Rollout.of("q", "a"), reference(null, "", "code", Map.of()), GradeContext.unlimited());
    assertThat(math.reason()).isEqualTo("math said yes");
    assertThat(math.details()).containsEntry("task", "math").containsEntry("task_from", "data_source");
    assertThat(code.value()).isEqualTo(0.5);
    assertThat(code.details()).containsEntry("task", "code").containsEntry("task_from", "task");
  }

  @Test
  void childOptionsAreKeyValueItems() {
    GraderConfig config = new GraderConfig("by-task", Map.of("code_options", List.of("time_limit_s=2", "scoring = all_or_nothing")));
    assertThat(TaskRouterProvider.keyValues(config, "code_options"))
        .containsEntry("time_limit_s", "2").containsEntry("scoring", "all_or_nothing");
    GraderConfig bad = new GraderConfig("by-task", Map.of("code_options", List.of("time_limit_s")));
    assertThatThrownBy(() -> TaskRouterProvider.keyValues(bad, "code_options")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("key=value");
  }

  @Test
  void aMissingChildGraderFailsWhenTheRecipeLoads() {
    GraderConfig config = new GraderConfig("by-task", Map.of("math_grader", "no-such-grader"));
    assertThatThrownBy(() -> new TaskRouterProvider().create(config)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("no-such-grader");
  }
}
