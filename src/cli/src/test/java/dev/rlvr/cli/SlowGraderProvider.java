package dev.rlvr.cli;

import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Score;
import java.util.List;

/**
 * A test grader that takes its time ({@code sleep_ms}), so a run can be killed half way; it gives
 * 1 to completions that contain "good" and 0 to the rest.
 */
public final class SlowGraderProvider implements GraderProvider {

  @Override
  public String name() {
    return "test-slow";
  }

  @Override
  public String description() {
    return "test grader: sleeps, then 1 when the completion contains 'good'";
  }

  @Override
  public List<GraderOption> options() {
    return List.of(GraderOption.integer("sleep_ms", 0, "how long each grade takes"));
  }

  @Override
  public Grader create(GraderConfig config) {
    long sleep = config.integer("sleep_ms", 0);
    return (rollout, reference, context) -> {
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        context.checkCancelled();
      }
      return rollout.completion().contains("good") ? Score.correct("good") : Score.incorrect("not good");
    };
  }
}
