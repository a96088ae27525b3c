package dev.rlvr.grader.format;

import java.util.Locale;
import java.util.Optional;

/**
 * A known format reward hack. Each is a check that the {@code reject} option enables; an enabled
 * check that fires scores the completion 0. The declaration order is the order in which the
 * reason names them: the first one that fired is the one reported.
 */
enum Violation {
  /** A block opened and never closed, or generation stopped at the length limit. */
  TRUNCATED("a block is never closed or generation hit the length limit"),
  /** More than one {@code <think>} or {@code </think>}. */
  MULTIPLE_THINK("more than one <think> or </think>"),
  /** An answer tag inside the think block. */
  ANSWER_IN_THINK("an answer tag inside the think block"),
  /** More than one {@code <answer>} or {@code </answer>}. */
  MULTIPLE_ANSWER("more than one <answer> or </answer>"),
  /** Too little reasoning. */
  EMPTY_THINK("too little reasoning in the think block"),
  /** Too little answer. */
  EMPTY_ANSWER("too little text in the answer"),
  /** Visible text after {@code </answer>}. */
  TEXT_AFTER_ANSWER("text after </answer>");

  private final String description;

  Violation(String description) {
    this.description = description;
  }

  /** The snake_case name used in the {@code reject} option and in score details. */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the check found, for the score's reason. */
  String description() {
    return description;
  }

  /** The check with this snake_case name, in any case. */
  static Optional<Violation> fromOptionName(String name) {
    for (Violation v : values()) {
      if (v.optionName().equalsIgnoreCase(name.trim())) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
