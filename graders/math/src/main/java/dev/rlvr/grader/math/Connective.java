package dev.rlvr.grader.math;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether the text between two boxes only joins them ("or", "and", a comma), so that the
 * boxes are offered together rather than one correcting the other.
 */
final class Connective {
  private static final int MAX_CHARS = 40;
  private static final Set<String> JOINERS =
      Set.of("", ",", ";", "or", "and", ",or", ",and", "/", "&", "either", "and/or");
  private static final String[] NOISE = {
    "\\text{", "\\mathrm{", "\\textbf{", "\\quad", "\\qquad", "\\(", "\\)", "\\[", "\\]", "\\,", "\\;", "\\ ",
  };

  private Connective() {}

  static boolean only(String between) {
    if (between.length() > MAX_CHARS) {
      return false;
    }
    String s = between.toLowerCase(Locale.ROOT);
    for (String noise : NOISE) {
      s = s.replace(noise, "");
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '$' && c != '}' && c != '~' && c != '.') {
        kept.append(c);
      }
    }
    return JOINERS.contains(kept.toString());
  }
}
