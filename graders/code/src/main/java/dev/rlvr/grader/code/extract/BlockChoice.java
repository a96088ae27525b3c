package dev.rlvr.grader.code.extract;

import java.util.Locale;

/** Which of several candidate blocks is the program. */
public enum BlockChoice {
  /** The last one: a model's final version after drafts (the default). */
  LAST,
  FIRST,
  LONGEST;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
