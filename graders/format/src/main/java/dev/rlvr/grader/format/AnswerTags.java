package dev.rlvr.grader.format;

/** Whether {@code <answer>...</answer>} must wrap the answer. */
enum AnswerTags {
  /** Required for {@link Template#R1}, optional for {@link Template#PREFILLED}. */
  AUTO,
  /** Always required. */
  REQUIRED,
  /** Never required; when present they must be well formed, and they hold the answer. */
  OPTIONAL;

  /** Tells whether a completion of {@code template} must carry answer tags. */
  boolean requiredFor(Template template) {
    return this == REQUIRED || (this == AUTO && template == Template.R1);
  }
}
