package dev.rlvr.example;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the extracted answer is compared with a gold answer. */
enum MatchMode {
  /** SQuAD-style: NFKC, HTML entities, case, punctuation, articles and spacing do not count. */
  NORMALIZED,
  /** Byte for byte after trimming. */
  EXACT,
  /** Each gold answer is a Java regular expression that must match the whole answer. */
  REGEX;

  /**
   * The option value that selects this mode.
   *
   * @return the lower-case name
   */
  String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Every option value, in declaration order.
   *
   * @return the values
   */
  static List<String> optionValues() {
    return Arrays.stream(values()).map(MatchMode::optionValue).toList();
  }

  /**
   * The mode an option value selects.
   *
   * @param value one of {@link #optionValues()}
   * @return the mode
   */
  static MatchMode fromOptionValue(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
