package dev.rlvr.grader.format;

/**
 * A region {@code [start, end)} of a text, read without copying it.
 *
 * <p>"Visible" characters are those a reader would see: whitespace, space separators, control
 * and format characters (the zero-width space, for one) are not, so a think block padded with
 * zero-width spaces still counts as empty.
 *
 * @param text the whole text
 * @param start the first index
 * @param end the index just after the last
 */
record Span(String text, int start, int end) {

  /** Checks the bounds. */
  Span {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") of " + text.length());
    }
  }

  /** An empty span at {@code at}. */
  static Span empty(String text, int at) {
    return new Span(text, at, at);
  }

  /** Tells whether a tag lies wholly inside this span. */
  boolean contains(TagHit hit) {
    return hit.start() >= start && hit.end() <= end;
  }

  /** The part of this span before {@code until}. */
  Span until(int until) {
    return new Span(text, start, Math.max(start, Math.min(end, until)));
  }

  /** Tells whether the span holds no visible character. */
  boolean isBlank() {
    return firstVisible() == end;
  }

  /** How many visible characters (code points) the span holds. */
  int visibleChars() {
    int count = 0;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (isVisible(cp)) {
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  /**
   * The span's text without invisible characters at either end, cut to at most {@code max}
   * characters without splitting a surrogate pair.
   */
  String snippet(int max) {
    int from = firstVisible();
    int to = end;
    while (to > from && !isVisible(text.codePointBefore(to))) {
      to = Math.max(from, to - Character.charCount(text.codePointBefore(to)));
    }
    if (to - from > max) {
      to = from + max;
      if (Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
    }
    return text.substring(from, to);
  }

  private int firstVisible() {
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (isVisible(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return end;
  }

  private static boolean isVisible(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL && type != Character.FORMAT;
  }
}
