package dev.rlvr.grader.code.check;

/**
 * Walks the whitespace-separated tokens of a text without splitting it all up front: outputs can
 * be megabytes and most comparisons fail early or need one token at a time.
 */
final class TokenCursor {
  private final String text;
  private int position;

  TokenCursor(String text) {
    this.text = text;
  }

  /** The next token, or null at the end. */
  String next() {
    int length = text.length();
    while (position < length && isSpace(text.charAt(position))) {
      position++;
    }
    if (position == length) {
      return null;
    }
    int start = position;
    while (position < length && !isSpace(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  /** Tokens of a whole text. */
  static int count(String text) {
    TokenCursor cursor = new TokenCursor(text);
    int count = 0;
    while (cursor.next() != null) {
      count++;
    }
    return count;
  }

  /** C's isspace, as judges use: a no-break space is part of a token, not a separator. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }
}
