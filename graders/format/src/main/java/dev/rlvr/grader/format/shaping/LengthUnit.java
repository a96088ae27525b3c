package dev.rlvr.grader.format.shaping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a length is counted in. */
enum LengthUnit {
  /** Tokens of a tiktoken encoding (option {@code encoding}). */
  TOKENS,
  /** Unicode code points, so an emoji or a CJK character is one. */
  CHARS;

  /** The name recipes use. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every label, for the option's choices. */
  static List<String> labels() {
    return Arrays.stream(values()).map(LengthUnit::label).toList();
  }
}
