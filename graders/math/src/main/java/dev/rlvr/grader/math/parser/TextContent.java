package dev.rlvr.grader.math.parser;

import java.util.Locale;

/**
 * What the content of a text command ({@code \text{...}}, {@code \textbf{...}},
 * {@code \mathrm{cm}}...) becomes in the normalised answer: the words {@code or} and
 * {@code and} and bare commas stay separators, a number stays a number (a leading one too:
 * {@code \text{7 days}} is {@code 7 \text{days}}), and anything else is
 * the canonical {@code \text{words}} token, with commands, braces and inline math signs removed
 * and whitespace collapsed.
 */
final class TextContent {

  private TextContent() {}

  /**
   * Renders the content of one text command.
   *
   * @param content what was between the braces, not null
   * @return its replacement in the normalised answer, never null
   */
  static String render(String content) {
    String clean = clean(content);
    if (clean.isEmpty()) {
      return " ";
    }
    String separators = separators(clean);
    if (separators != null) {
      return separators;
    }
    String number = plainNumber(clean);
    if (number != null) {
      return " " + number + " ";
    }
    int space = clean.indexOf(' ');
    String lead = space > 0 ? plainNumber(clean.substring(0, space)) : null;
    if (lead != null) {
      return " " + lead + " \\text{" + clean.substring(space + 1) + "}";
    }
    return "\\text{" + clean + "}";
  }

  /** The words of a text command, without commands, braces or dollars, whitespace collapsed. */
  static String clean(String content) {
    StringBuilder out = new StringBuilder(content.length());
    int n = content.length();
    int i = 0;
    while (i < n) {
      char c = content.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char next = content.charAt(i + 1);
        if (isAsciiLetter(next)) {
          int j = i + 1;
          while (j < n && isAsciiLetter(content.charAt(j))) {
            j++;
          }
          space(out);
          i = j;
          continue;
        }
        switch (next) {
          case '$', '%', '&', '_', '#' -> out.append(next);
          default -> space(out);
        }
        i += 2;
        continue;
      }
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || c == '~') {
        space(out);
      } else {
        out.append(c);
      }
      i++;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    int start = 0;
    while (start < end && out.charAt(start) == ' ') {
      start++;
    }
    return out.substring(start, end);
  }

  private static void space(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /** {@code " or "}, {@code " , and "}..., or null when the words are not only separators. */
  private static String separators(String clean) {
    String spaced = clean.replace(",", " , ").replace(";", " ; ");
    StringBuilder out = new StringBuilder(" ");
    for (String piece : spaced.split(" ")) {
      if (piece.isEmpty()) {
        continue;
      }
      String lower = piece.toLowerCase(Locale.ROOT);
      if (!lower.equals("or") && !lower.equals("and") && !lower.equals(",") && !lower.equals(";")) {
        return null;
      }
      out.append(lower).append(' ');
    }
    return out.toString();
  }

  /**
   * A plain decimal number ({@code -12}, {@code 1,000}, {@code 2.50}) without its thousands
   * separators, or null.
   */
  static String plainNumber(String s) {
    int n = s.length();
    int i = 0;
    StringBuilder out = new StringBuilder(n);
    if (i < n && s.charAt(i) == '-') {
      out.append('-');
      i++;
    }
    int digitsStart = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    int lead = i - digitsStart;
    if (lead == 0) {
      return null;
    }
    out.append(s, digitsStart, i);
    if (i < n && s.charAt(i) == ',') {
      if (lead > 3) {
        return null;
      }
      while (i < n && s.charAt(i) == ',') {
        if (i + 4 > n || !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2))
            || !isDigit(s.charAt(i + 3)) || (i + 4 < n && isDigit(s.charAt(i + 4)))) {
          return null;
        }
        out.append(s, i + 1, i + 4);
        i += 4;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      int fractionStart = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == fractionStart) {
        return null;
      }
      out.append('.').append(s, fractionStart, i);
    }
    return i == n ? out.toString() : null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
