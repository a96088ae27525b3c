package dev.rlvr.api;

import org.apiguardian.api.API;

/**
 * Turns a rollout and its reference into a {@link Score}.
 *
 * <p>Implementations are pure, deterministic and thread-safe: the engine calls one instance from
 * many threads at once. A grader returns a score for every input, however broken; the engine
 * still guards each call and turns an exception into {@link Verdict#INTERNAL_ERROR}. A grader
 * that holds resources (the code grader's sandbox and workers) also implements
 * {@link AutoCloseable}; the engine closes it when the engine is closed.
 *
 * <pre>{@code
 * Grader nonEmpty = (rollout, reference, context) -> rollout.completion().isBlank()
 *     ? Score.error(Verdict.NO_ANSWER, "empty completion")
 *     : Score.correct("has text");
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Grader {

  /**
   * Grades one rollout.
   *
   * @param rollout the prompt and completion; never null
   * @param reference the gold answers or tests; never null
   * @param context the deadline and cancellation; never null
   * @return the score; never null
   */
  Score grade(Rollout rollout, Reference reference, GradeContext context);
}
