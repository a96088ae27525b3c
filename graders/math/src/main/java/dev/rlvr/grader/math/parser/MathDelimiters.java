package dev.rlvr.grader.math.parser;

/**
 * Removes the math-mode delimiters around an answer ({@code $...$}, {@code $$...$$},
 * {@code \(...\)}, {@code \[...\]}) and decides what any other unescaped dollar sign means: a
 * single one is a currency sign ({@code $5} is {@code \$5}), several are math-mode toggles and
 * are dropped.
 */
final class MathDelimiters {

  private MathDelimiters() {}

  /**
   * Strips the delimiters of {@code raw}.
   *
   * @param raw the answer, not null
   * @return the answer without surrounding whitespace or delimiters
   */
  static String strip(String raw) {
    String s = raw.strip();
    while (true) {
      String inner = unwrap(s);
      if (inner == null) {
        break;
      }
      s = inner.strip();
    }
    return dollars(s);
  }

  private static String unwrap(String s) {
    int n = s.length();
    if (n >= 4 && s.startsWith("$$") && s.endsWith("$$") && s.charAt(n - 3) != '\\') {
      return s.substring(2, n - 2);
    }
    if (n >= 2 && s.charAt(0) == '$' && s.charAt(n - 1) == '$' && (n == 2 || s.charAt(n - 2) != '\\')) {
      return s.substring(1, n - 1);
    }
    if (n >= 4 && (s.startsWith("\\(") && s.endsWith("\\)") || s.startsWith("\\[") && s.endsWith("\\]"))
        && s.charAt(n - 3) != '\\') {
      return s.substring(2, n - 2);
    }
    return null;
  }

  private static String dollars(String s) {
    int count = 0;
    int last = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$') {
        count++;
        last = i;
      }
    }
    if (count == 0) {
      return s;
    }
    if (count == 1) {
      return s.substring(0, last) + "\\$" + s.substring(last + 1);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        out.append(c).append(s.charAt(i + 1));
        i++;
      } else if (c == '$') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
