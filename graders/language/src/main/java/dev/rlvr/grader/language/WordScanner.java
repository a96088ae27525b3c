package dev.rlvr.grader.language;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with ICU's word break iterator (UAX #29 plus ICU's dictionaries for
 * Chinese, Japanese, Thai, Lao, Khmer and Burmese, so languages without spaces are split into
 * words too) and, when asked, numbers them by sentence with ICU's sentence break iterator.
 * Segments ICU classes as neither word nor number (spaces, punctuation, symbols, emoji) are
 * dropped. Thread-safe: each call works on its own clones of the iterators.
 */
final class WordScanner {
  private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(ULocale.ROOT);

  private WordScanner() {}

  /**
   * The words and numbers of a text, in order.
   *
   * @param text the text
   * @param bySentence whether to fill in {@link Word#sentence()}
   * @return the words
   */
  static List<Word> scan(String text, boolean bySentence) {
    List<Word> words = new ArrayList<>();
    if (text.isBlank()) {
      return words;
    }
    int[] sentenceEnds = bySentence ? sentenceEnds(text) : new int[] {text.length()};
    BreakIterator it = WORDS.clone();
    it.setText(text);
    int sentence = 0;
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int status = it.getRuleStatus();
      if (status < BreakIterator.WORD_NONE_LIMIT) {
        continue;
      }
      while (start >= sentenceEnds[sentence]) {
        sentence++;
      }
      long script = WordScript.of(text, start, end);
      words.add(new Word(start, end, status, WordScript.script(script), WordScript.letters(script), sentence));
    }
    return words;
  }

  private static int[] sentenceEnds(String text) {
    BreakIterator it = SENTENCES.clone();
    it.setText(text);
    List<Integer> ends = new ArrayList<>();
    it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      ends.add(end);
    }
    ends.add(Integer.MAX_VALUE);
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }
}
