package dev.rlvr.grader.format.shaping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts the distinct n-grams of a text, the measure of open-r1's
 * {@code get_repetition_penalty_reward} (huggingface/open-r1 {@code src/open_r1/rewards.py}, after
 * Yeo et al. 2025, arXiv:2502.03373, appendix C.2): words are {@code text.lower().split()}, and
 * n-grams are the runs of n consecutive words. Splitting follows Python's {@code str.split()}
 * (any Unicode space, non-breaking ones included). Immutable and thread-safe; linear time.
 *
 * @param n the n-gram size; at least 1
 * @param unit words, chars or auto
 */
record NgramCounter(int n, RepetitionUnit unit) {

  /**
   * Counts a text.
   *
   * @param text the text
   * @return the counts
   */
  NgramCount count(String text) {
    RepetitionUnit used = unit == RepetitionUnit.AUTO ? guess(text) : unit;
    int[] ids = used == RepetitionUnit.CHARS ? chars(text) : words(text);
    if (ids.length < n) {
      return new NgramCount(used, ids.length, 0, 0);
    }
    Set<Gram> seen = new HashSet<>();
    for (int start = 0; start + n <= ids.length; start++) {
      seen.add(new Gram(ids, start, n));
    }
    return new NgramCount(used, ids.length, ids.length - n + 1, seen.size());
  }

  /** Chars when most letters belong to scripts written without spaces between words. */
  static RepetitionUnit guess(String text) {
    int letters = 0;
    int spaceless = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (isSpaceless(Character.UnicodeScript.of(cp))) {
          spaceless++;
        }
      }
    }
    return letters > 0 && 2 * spaceless >= letters ? RepetitionUnit.CHARS : RepetitionUnit.WORDS;
  }

  private static boolean isSpaceless(Character.UnicodeScript script) {
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }

  /** Each lower-cased word as an id, equal words sharing one. */
  private static int[] words(String text) {
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> sequence = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      boolean space = isSpace(cp);
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        sequence.add(ids.computeIfAbsent(word, w -> ids.size()));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    return sequence.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Each code point other than whitespace, lower-cased. */
  private static int[] chars(String text) {
    return text.codePoints().filter(cp -> !isSpace(cp)).map(Character::toLowerCase).toArray();
  }

  /** Python's {@code str.isspace()}, as {@code split()} uses it: Unicode spaces and controls 9-13, 28-31, 133. */
  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** One n-gram: a window on the id sequence, hashed once. */
  private static final class Gram {
    private final int[] ids;
    private final int start;
    private final int length;
    private final int hash;

    Gram(int[] ids, int start, int length) {
      this.ids = ids;
      this.start = start;
      this.length = length;
      int h = 1;
      for (int i = start; i < start + length; i++) {
        h = 31 * h + ids[i];
      }
      this.hash = h;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Gram that && that.length == length
          && Arrays.equals(ids, start, start + length, that.ids, that.start, that.start + length);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
