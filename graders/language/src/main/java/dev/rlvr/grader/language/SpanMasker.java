package dev.rlvr.grader.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the spans of a text that belong to no natural language: code, URLs, markup and
 * LaTeX. Spans become spaces (line breaks are kept, so sentences still end where they did), and
 * the offsets of everything else stay put.
 *
 * <p>Every scan is linear, apart from searching for a closing delimiter, which is bounded: a
 * failed search for {@code $$}, {@code \]} or {@code \)} is remembered, and an inline {@code $}
 * looks no further than 1,000 characters and never past a blank line.
 * Inline {@code $...$} follows Pandoc's rule so that prices ("$5 and $10") are not math: the
 * opening {@code $} is followed by a non-space, the closing one preceded by a non-space and not
 * followed by a digit.
 */
final class SpanMasker {
  private static final Pattern URL = Pattern.compile(
      "(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'`()\\[\\]{}]+", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKUP = Pattern.compile(
      "</?[A-Za-z][\\w:-]{0,30}\\s*/?>|<[|\uFF5C][^<>\\s]{1,60}?[|\uFF5C]>");

  private final Set<Ignorable> ignore;

  SpanMasker(Set<Ignorable> ignore) {
    this.ignore = Set.copyOf(ignore);
  }

  Masked mask(String text) {
    Map<Ignorable, Integer> spans = new EnumMap<>(Ignorable.class);
    char[] out = text.toCharArray();
    if (ignore.contains(Ignorable.CODE)) {
      count(spans, Ignorable.CODE, new CodeSpans(out).blank());
    }
    if (ignore.contains(Ignorable.URLS)) {
      count(spans, Ignorable.URLS, blankMatches(out, URL));
    }
    if (ignore.contains(Ignorable.MARKUP)) {
      count(spans, Ignorable.MARKUP, blankMatches(out, MARKUP));
    }
    if (ignore.contains(Ignorable.LATEX)) {
      count(spans, Ignorable.LATEX, new LatexSpans(out).blank());
    }
    return new Masked(new String(out), spans);
  }

  private static void count(Map<Ignorable, Integer> spans, Ignorable kind, int n) {
    if (n > 0) {
      spans.merge(kind, n, Integer::sum);
    }
  }

  private static int blankMatches(char[] out, Pattern pattern) {
    Matcher m = pattern.matcher(new String(out));
    int n = 0;
    while (m.find()) {
      blank(out, m.start(), m.end());
      n++;
    }
    return n;
  }

  /** Turns {@code [from, to)} into spaces, keeping line breaks. */
  static void blank(char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
  }
}
