package dev.rlvr.grader.code.check;

/** Short, one-line descriptions of a difference: details end up in per-test results and logs. */
final class Details {
  static final int MAX_DETAIL = 200;
  private static final int MAX_QUOTED = 60;

  private Details() {}

  /** The text in double quotes, escaped onto one line and cut short. */
  static String quote(CharSequence text) {
    StringBuilder sb = new StringBuilder("\"");
    int end = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    if (text.length() > MAX_QUOTED) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }

  static String clip(String detail) {
    return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
  }

  static OutputChecker.Judgement reject(String detail) {
    return OutputChecker.Judgement.reject(clip(detail));
  }

  /** Windows line ends become plain ones; nothing else changes. */
  static String unixLines(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
