package dev.rlvr.grader.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the think and answer tags of a text in one left-to-right pass, without regular
 * expressions, so that a 1 MB completion costs one read of its characters.
 *
 * <p>Strict scanning accepts only the exact, lower-case spellings ({@code <think>}). Lenient
 * scanning also accepts any ASCII case and whitespace inside the brackets
 * ({@code < /Think >}). Each attempt at a {@code <} reads only the whitespace, slash and name
 * that follow it, none of which can start another attempt, so the work stays linear.
 * Instances are immutable and thread-safe.
 */
final class TagScanner {
  private static final String[] NAMES = {"think", "answer"};

  private final boolean lenient;

  TagScanner(boolean lenient) {
    this.lenient = lenient;
  }

  /** Every tag in {@code text}, in order. */
  List<TagHit> scan(String text) {
    return scan(text, 0, text.length());
  }

  /** Every tag lying wholly inside {@code text[from, to)}, in order. */
  List<TagHit> scan(String text, int from, int to) {
    List<TagHit> hits = new ArrayList<>();
    int at = text.indexOf('<', from);
    while (at >= 0 && at < to) {
      TagHit hit = lenient ? lenientTagAt(text, at, to) : strictTagAt(text, at, to);
      if (hit != null) {
        hits.add(hit);
        at = text.indexOf('<', hit.end());
      } else {
        at = text.indexOf('<', at + 1);
      }
    }
    return hits;
  }

  private static TagHit strictTagAt(String text, int at, int to) {
    for (Tag tag : Tag.values()) {
      String literal = tag.literal();
      if (at + literal.length() <= to && text.startsWith(literal, at)) {
        return new TagHit(tag, at, at + literal.length());
      }
    }
    return null;
  }

  private static TagHit lenientTagAt(String text, int at, int to) {
    int i = skipWhitespace(text, at + 1, to);
    boolean closing = i < to && text.charAt(i) == '/';
    if (closing) {
      i = skipWhitespace(text, i + 1, to);
    }
    for (String name : NAMES) {
      if (asciiIgnoreCaseAt(text, i, to, name)) {
        int end = skipWhitespace(text, i + name.length(), to);
        if (end < to && text.charAt(end) == '>') {
          return new TagHit(Tag.of(name.equals("think"), closing), at, end + 1);
        }
        return null;
      }
    }
    return null;
  }

  private static int skipWhitespace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Compares ASCII letters only, so that look-alikes such as the Kelvin sign never match. */
  private static boolean asciiIgnoreCaseAt(String text, int at, int to, String lowerName) {
    if (at + lowerName.length() > to) {
      return false;
    }
    for (int k = 0; k < lowerName.length(); k++) {
      char c = text.charAt(at + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != lowerName.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
