package dev.rlvr.grader.format;

/** One of the four tags of the think/answer format, with its canonical spelling. */
enum Tag {
  /** {@code <think>}. */
  THINK_OPEN("<think>"),
  /** {@code </think>}. */
  THINK_CLOSE("</think>"),
  /** {@code <answer>}. */
  ANSWER_OPEN("<answer>"),
  /** {@code </answer>}. */
  ANSWER_CLOSE("</answer>");

  private final String literal;

  Tag(String literal) {
    this.literal = literal;
  }

  /** The exact spelling that strict mode accepts. */
  String literal() {
    return literal;
  }

  /** Tells whether this is {@code <think>} or {@code </think>}. */
  boolean isThink() {
    return this == THINK_OPEN || this == THINK_CLOSE;
  }

  /** The tag with this name and direction. */
  static Tag of(boolean think, boolean closing) {
    if (think) {
      return closing ? THINK_CLOSE : THINK_OPEN;
    }
    return closing ? ANSWER_CLOSE : ANSWER_OPEN;
  }
}
