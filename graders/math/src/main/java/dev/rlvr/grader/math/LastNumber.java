package dev.rlvr.grader.math;

/**
 * The last number written in a text, for the opt-in "last number" fallback (off by default: it
 * rewards restating the question).
 */
final class LastNumber {
  private LastNumber() {}

  static String in(String text) {
    int end = text.length();
    while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    int start = end;
    while (start > 0) {
      char c = text.charAt(start - 1);
      boolean separator = (c == '.' || c == ',') && start - 2 >= 0 && Character.isDigit(text.charAt(start - 2));
      if (Character.isDigit(c) || separator) {
        start--;
      } else {
        break;
      }
    }
    if (start > 0 && text.charAt(start - 1) == '-') {
      start--;
    }
    return text.substring(start, end);
  }
}
