package dev.rlvr.trainer.data;

/**
 * One task.
 *
 * @param id a stable id
 * @param question the question text
 * @param answer the gold answer
 * @param completion a written solution for the supervised warm-up; empty when there is none
 */
public record Problem(String id, String question, String answer, String completion) {

  /** Replaces nulls with empty strings. */
  public Problem {
    id = id == null ? "" : id;
    question = question == null ? "" : question;
    answer = answer == null ? "" : answer;
    completion = completion == null ? "" : completion;
  }
}
