package dev.rlvr.api;

import org.apiguardian.api.API;

/**
 * What a grader concluded about a rollout, or why it could not conclude.
 *
 * <p>The first group are judgements of the rollout. {@link #TIMEOUT}, {@link #INVALID_INPUT}
 * (a bad reference: a data bug) and {@link #INTERNAL_ERROR} say the grader could not judge;
 * the engine reports those as the record's status so a trainer can skip the sample instead of
 * silently scoring it 0.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Verdict {
  /** The rollout is right. */
  CORRECT,
  /** The rollout was judged and is wrong. */
  INCORRECT,
  /** Partly right: some tests passed, some tags were well placed. */
  PARTIAL,
  /** No answer could be found in the completion. */
  NO_ANSWER,
  /** The completion does not follow the required format. */
  FORMAT_ERROR,
  /** The grader ran past its deadline and was cut off. */
  TIMEOUT,
  /** The model's program did not compile. */
  COMPILE_ERROR,
  /** The model's program failed at run time. */
  RUNTIME_ERROR,
  /** The reference (gold answer, tests) or the grader's input is unusable: a data bug. */
  INVALID_INPUT,
  /** The grader itself failed. */
  INTERNAL_ERROR;

  /**
   * Tells whether this verdict judges the rollout, as opposed to saying it could not be judged.
   *
   * @return {@code false} for {@link #TIMEOUT}, {@link #INVALID_INPUT} and {@link #INTERNAL_ERROR}
   */
  public boolean isJudgement() {
    return this != TIMEOUT && this != INVALID_INPUT && this != INTERNAL_ERROR;
  }
}
