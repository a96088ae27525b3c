package dev.rlvr.grader.format.shaping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the n-grams of the repetition penalty are made of. */
enum RepetitionUnit {
  /** Whitespace-separated words, lower-cased, as open-r1. */
  WORDS,
  /** Code points other than whitespace, lower-cased: for scripts written without spaces. */
  CHARS,
  /** Chars when at least half the letters are Han, kana, Thai, Lao, Khmer or Myanmar; else words. */
  AUTO;

  /** The name recipes use. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every label, for the option's choices. */
  static List<String> labels() {
    return Arrays.stream(values()).map(RepetitionUnit::label).toList();
  }
}
