package dev.rlvr.grader.language;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds LaTeX in a text and blanks it: display math ({@code $$...$$}, {@code \[...\]}),
 * inline math ({@code $...$}, {@code \(...\)}), {@code \begin{env}...\end{env}} and, outside
 * math, single commands such as {@code \boxed} or {@code \quad} (their braced arguments stay:
 * {@code \text{so}} is still a word). An escaped {@code \$} is a dollar sign. A delimiter with
 * no partner is left as text.
 */
final class LatexSpans {
  private static final int INLINE_MATH_REACH = 1_000;

  private final char[] out;
  private final String text;
  /** Closing delimiters known to be absent from some position on: a failed search never repeats. */
  private final Set<String> absent = new HashSet<>();

  LatexSpans(char[] out) {
    this.out = out;
    this.text = new String(out);
  }

  /** Blanks every LaTeX span; returns how many there were. */
  int blank() {
    int spans = 0;
    int i = 0;
    while (i < out.length) {
      int end = switch (out[i]) {
        case '\\' -> command(i);
        case '$' -> dollars(i);
        default -> i;
      };
      if (end > i) {
        SpanMasker.blank(out, i, end);
        spans++;
        i = end;
      } else {
        i += pairAt(i) ? 2 : 1;
      }
    }
    return spans;
  }

  /** An escaped dollar or an unmatched {@code $$}: both characters are text. */
  private boolean pairAt(int i) {
    return i + 1 < out.length && out[i + 1] == '$' && (out[i] == '$' || out[i] == '\\');
  }

  /** The end of the LaTeX starting with the backslash at {@code i}; {@code i} for {@code \$}. */
  private int command(int i) {
    if (i + 1 >= out.length) {
      return i + 1;
    }
    char next = out[i + 1];
    if (next == '$') {
      return i;
    }
    if (next == '[' || next == '(') {
      int close = closing(next == '[' ? "\\]" : "\\)", i + 2);
      return close >= 0 ? close + 2 : i + 2;
    }
    if (!isAsciiLetter(next)) {
      return i + 2;
    }
    int p = i + 1;
    while (p < out.length && isAsciiLetter(out[p])) {
      p++;
    }
    if (text.startsWith("begin", i + 1) && p == i + 6) {
      return environment(i, p);
    }
    return p;
  }

  /** The end of {@code \begin{env}...\end{env}}, or of {@code \begin{env}} alone. */
  private int environment(int start, int afterBegin) {
    if (afterBegin >= out.length || out[afterBegin] != '{') {
      return afterBegin;
    }
    int brace = text.indexOf('}', afterBegin);
    if (brace < 0 || brace - afterBegin > 40) {
      return afterBegin;
    }
    String end = "\\end" + text.substring(afterBegin, brace + 1);
    int close = closing(end, brace + 1);
    return close >= 0 ? close + end.length() : brace + 1;
  }

  /** The end of math opened by a dollar at {@code i}, or {@code i} when it is not math. */
  private int dollars(int i) {
    if (i + 1 < out.length && out[i + 1] == '$') {
      int close = closing("$$", i + 2);
      return close >= 0 ? close + 2 : i;
    }
    if (i + 1 >= out.length || Character.isWhitespace(out[i + 1])) {
      return i;
    }
    int limit = Math.min(out.length, i + INLINE_MATH_REACH);
    for (int j = i + 1; j < limit; j++) {
      char c = out[j];
      if (c == '\n' && j + 1 < out.length && out[j + 1] == '\n') {
        return i;
      }
      if (c == '$' && out[j - 1] != '\\') {
        boolean closes = !Character.isWhitespace(out[j - 1])
            && !(j + 1 < out.length && Character.isDigit(out[j + 1]));
        return closes ? j + 1 : i;
      }
    }
    return i;
  }

  /** The next {@code delimiter} from {@code from}, or -1; remembers failures. */
  private int closing(String delimiter, int from) {
    if (absent.contains(delimiter)) {
      return -1;
    }
    int at = text.indexOf(delimiter, from);
    if (at < 0) {
      absent.add(delimiter);
    }
    return at;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
