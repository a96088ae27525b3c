package dev.rlvr.example;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The SQuAD answer normalisation, made Unicode-aware: HTML entities unescaped, NFKC, case folded,
 * punctuation and invisible format characters removed, the articles a/an/the dropped and
 * whitespace collapsed to single spaces.
 *
 * <p>Differences from SQuAD, so that short factual and numeric answers are not confused:
 * <ul>
 *   <li>when an answer consists of articles only (the multiple-choice answer {@code "A"}), they
 *       are kept, so {@code "A"} and {@code "The"} stay different instead of both becoming empty;
 *   <li>numbers keep their sign and decimal point: a {@code -} right before a digit at the start
 *       of a word, and a {@code .} between two digits, are not removed ({@code "-5"} is not
 *       {@code "5"}, {@code "7.2"} is not {@code "72"}); thousands separators still go
 *       ({@code "1,000"} is {@code "1000"}).
 * </ul>
 *
 * <p>Stateless and linear in the text's length.
 */
final class AnswerNormalizer {
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private AnswerNormalizer() {}

  /**
   * Normalises an answer.
   *
   * @param text the answer; never null
   * @param caseSensitive {@code true} to leave letter case alone
   * @return the normalised words, separated by single spaces; possibly empty
   */
  static String normalize(String text, boolean caseSensitive) {
    String unescaped = StringEscapeUtils.unescapeHtml4(text);
    String compatible = Normalizer.normalize(unescaped, Normalizer.Form.NFKC);
    List<String> words = words(caseSensitive ? compatible : foldCase(compatible));
    List<String> content = words.stream().filter(word -> !isArticle(word)).toList();
    return String.join(" ", content.isEmpty() ? words : content);
  }

  /**
   * Folds letter case so that, for example, {@code ß}, {@code SS} and {@code ss} compare equal.
   *
   * @param text any text
   * @return the folded text
   */
  static String foldCase(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static boolean isArticle(String word) {
    return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || word.equalsIgnoreCase("the");
  }

  /** Splits on whitespace, dropping punctuation and format characters inside and between words. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int previous = ' ';
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int next = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        flush(word, words);
      } else if (isNumberSign(cp, previous, next, word) || !isDropped(cp)) {
        word.appendCodePoint(cp);
      }
      previous = cp;
    }
    flush(word, words);
    return words;
  }

  /** A minus sign starting a number, or a decimal point inside one. */
  private static boolean isNumberSign(int cp, int previous, int next, CharSequence word) {
    if (!Character.isDigit(next)) {
      return false;
    }
    return (cp == '-' && word.isEmpty()) || (cp == '.' && Character.isDigit(previous));
  }

  private static boolean isDropped(int cp) {
    return isPunctuation(cp) || Character.getType(cp) == Character.FORMAT;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (!word.isEmpty()) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isPunctuation(int cp) {
    if (cp < 0x80) {
      return ASCII_PUNCTUATION.indexOf(cp) >= 0;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
