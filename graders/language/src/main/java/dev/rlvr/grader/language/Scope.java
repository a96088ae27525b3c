package dev.rlvr.grader.language;

/** Which part of the rollout the language ratio is measured on. */
enum Scope {
  /** The chain of thought: {@code reasoning_content} when given, else the think block. */
  THINK,
  /** The text after the last {@code </think>}: what the user is shown. */
  ANSWER,
  /** The chain of thought and the answer together. */
  COMPLETION
}
