package dev.rlvr.grader.language;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds Markdown code in a text and blanks it: fenced blocks (three or more backticks or
 * tildes at the start of a line, up to a closing fence as long, or to the end of a truncated
 * text) and inline spans (a run of backticks up to the next run of the same length; a run with
 * no partner is left as text).
 */
final class CodeSpans {
  private final char[] out;
  /** Run lengths known to have no partner further on: a failed search never repeats. */
  private final Set<Integer> unpaired = new HashSet<>();

  CodeSpans(char[] out) {
    this.out = out;
  }

  /** Blanks every code span; returns how many there were. */
  int blank() {
    int spans = 0;
    int i = 0;
    while (i < out.length) {
      if (atLineStart(i)) {
        int end = fencedBlockEnd(i);
        if (end > i) {
          SpanMasker.blank(out, i, end);
          spans++;
          i = end;
          continue;
        }
      }
      if (out[i] == '`') {
        int run = runLength(i, '`');
        int close = closingRun(i + run, run);
        if (close >= 0) {
          SpanMasker.blank(out, i, close + run);
          spans++;
          i = close + run;
        } else {
          i += run;
        }
        continue;
      }
      i++;
    }
    return spans;
  }

  private boolean atLineStart(int i) {
    return i == 0 || out[i - 1] == '\n';
  }

  /** The end of the fenced block opening at line start {@code i}, or {@code i} when none does. */
  private int fencedBlockEnd(int i) {
    int p = skipIndent(i);
    if (p >= out.length || out[p] != '`' && out[p] != '~') {
      return i;
    }
    char fence = out[p];
    int length = runLength(p, fence);
    if (length < 3) {
      return i;
    }
    int line = nextLine(p);
    while (line < out.length) {
      int q = skipIndent(line);
      if (q < out.length && out[q] == fence && runLength(q, fence) >= length
          && restIsBlank(q + runLength(q, fence))) {
        return nextLine(q);
      }
      line = nextLine(line);
    }
    return out.length;
  }

  private int skipIndent(int i) {
    int p = i;
    while (p < out.length && p - i < 3 && out[p] == ' ') {
      p++;
    }
    return p;
  }

  private int nextLine(int i) {
    int p = i;
    while (p < out.length && out[p] != '\n') {
      p++;
    }
    return Math.min(out.length, p + 1);
  }

  private boolean restIsBlank(int i) {
    for (int p = i; p < out.length && out[p] != '\n'; p++) {
      if (!Character.isWhitespace(out[p])) {
        return false;
      }
    }
    return true;
  }

  private int runLength(int i, char c) {
    int p = i;
    while (p < out.length && out[p] == c) {
      p++;
    }
    return p - i;
  }

  /** The start of the next run of exactly {@code length} backticks from {@code from}, or -1. */
  private int closingRun(int from, int length) {
    if (unpaired.contains(length)) {
      return -1;
    }
    int p = from;
    while (p < out.length) {
      if (out[p] == '`') {
        int run = runLength(p, '`');
        if (run == length) {
          return p;
        }
        p += run;
      } else {
        p++;
      }
    }
    unpaired.add(length);
    return -1;
  }
}
