package dev.rlvr.route;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import java.util.Map;

/** Grades each record with the grader of its task and says which task it took. */
final class TaskRouter implements Grader, AutoCloseable {
  private final Map<Task, Grader> graders;
  private final Task fallback;

  TaskRouter(Map<Task, Grader> graders, Task fallback) {
    this.graders = Map.copyOf(graders);
    this.fallback = fallback;
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    Task.Decision decision = Task.of(reference, fallback);
    Score score = graders.get(decision.task()).grade(rollout, reference, context);
    return score.withDetail("task", decision.task().label()).withDetail("task_from", decision.reason());
  }

  @Override
  public void close() throws Exception {
    for (Grader grader : graders.values()) {
      if (grader instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }
}
