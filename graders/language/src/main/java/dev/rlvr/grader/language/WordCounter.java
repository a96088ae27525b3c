package dev.rlvr.grader.language;

import com.ibm.icu.lang.UScript;
import dev.rlvr.api.GradeContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the words of a masked text for the target language or against it.
 *
 * <p>Each word is given the script of its letters. A word in none of the target's scripts counts
 * for that script (a Han word in a French text counts as {@code Hani}). A word in one of the
 * target's scripts counts for the target, unless a candidate language shares that script: then
 * its sentence decides. The sentence's words of the scripts in question go to Lingua, and they
 * all count for the language Lingua ranks first, unless the target's own confidence is at least
 * {@value #TARGET_MARGIN} (Lingua's confidences are relative, the first being 1.0). A sentence
 * with fewer than {@code minDetectWords} words of those scripts is too short to tell and its
 * contested words count for the target, as do those of a sentence Lingua cannot place at all.
 */
final class WordCounter {
  /** The target keeps a sentence when Lingua's confidence in it is at least this. */
  static final double TARGET_MARGIN = 0.9;

  private final Set<Ignorable> ignore;
  private final int minDetectWords;
  private final SameScriptDetector detector;

  WordCounter(Set<Ignorable> ignore, int minDetectWords, SameScriptDetector detector) {
    this.ignore = Set.copyOf(ignore);
    this.minDetectWords = minDetectWords;
    this.detector = detector;
  }

  /**
   * Counts the words of a text whose ignored spans were already blanked.
   *
   * @param text the masked text
   * @param target the target language
   * @param rivals the candidates sharing its scripts
   * @param context checked between sentences
   * @param tally where the counts go
   */
  void count(String text, Language target, Rivals rivals, GradeContext context, Tally tally) {
    List<Word> words = WordScanner.scan(text, rivals.any());
    List<Word> sentence = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (!sentence.isEmpty() && word.sentence() != sentence.get(0).sentence()) {
        decide(text, sentence, target, rivals, tally);
        sentence.clear();
        context.checkCancelled();
      }
      if (isVariable(words, i, target)) {
        tally.ignored(Ignorable.VARIABLES, 1);
      } else {
        classify(word, target, rivals, tally).ifPresent(sentence::add);
      }
    }
    decide(text, sentence, target, rivals, tally);
  }

  /** Counts one word, or returns it when its sentence must decide. */
  private Optional<Word> classify(Word word, Language target, Rivals rivals, Tally tally) {
    if (word.isNumber()) {
      if (ignore.contains(Ignorable.NUMBERS)) {
        tally.ignored(Ignorable.NUMBERS, 1);
      } else {
        tally.other("number", 1);
      }
      return Optional.empty();
    }
    int script = word.script();
    if (script == UScript.COMMON) {
      return Optional.empty();
    }
    if (rivals.contextScripts().contains(script)) {
      return Optional.of(word);
    }
    if (target.writes(script)) {
      tally.target(1);
    } else {
      tally.other(UScript.getShortName(script), 1);
    }
    return Optional.empty();
  }

  /**
   * A one-letter Latin or Greek word outside the target's scripts is a math variable ({@code 设 x
   * 为实数}), unless a neighbouring word is a longer word of its script: then it is a word of a
   * sentence in that language (the {@code a} of {@code for a moment}).
   */
  private boolean isVariable(List<Word> words, int i, Language target) {
    Word word = words.get(i);
    int script = word.script();
    if (!ignore.contains(Ignorable.VARIABLES) || word.letters() != 1 || target.writes(script)
        || script != UScript.LATIN && script != UScript.GREEK) {
      return false;
    }
    return !isLongWord(words, i, -1, script) && !isLongWord(words, i, 1, script);
  }

  /** Whether the nearest word before or after {@code i}, numbers skipped, is a longer word of the script. */
  private static boolean isLongWord(List<Word> words, int i, int step, int script) {
    int j = i + step;
    while (j >= 0 && j < words.size() && words.get(j).isNumber()) {
      j += step;
    }
    return j >= 0 && j < words.size() && words.get(j).script() == script && words.get(j).letters() > 1;
  }

  /** Counts the held words of one sentence: the target's, or the language Lingua sees. */
  private void decide(String text, List<Word> held, Language target, Rivals rivals, Tally tally) {
    List<Word> contested = held.stream().filter(w -> rivals.contested().contains(w.script())).toList();
    for (Word w : held) {
      if (!rivals.contested().contains(w.script())) {
        countPlain(w, target, tally);
      }
    }
    if (contested.isEmpty()) {
      return;
    }
    if (held.size() < minDetectWords) {
      tally.undecided(contested.size());
      return;
    }
    StringBuilder sample = new StringBuilder();
    for (Word w : held) {
      sample.append(text, w.start(), w.end()).append(' ');
    }
    Map<String, Double> confidence = detector.confidences(sample.toString(), rivals.languages());
    if (confidence.isEmpty()) {
      tally.undecided(contested.size());
      return;
    }
    tally.detected();
    String best = confidence.entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(target.code());
    if (best.equals(target.code()) || confidence.getOrDefault(target.code(), 0.0) >= TARGET_MARGIN) {
      tally.target(contested.size());
    } else {
      tally.other(best, contested.size());
    }
  }

  /** A held word whose script no rival shares: kana in a Japanese text, say. */
  private static void countPlain(Word word, Language target, Tally tally) {
    if (target.writes(word.script())) {
      tally.target(1);
    } else {
      tally.other(UScript.getShortName(word.script()), 1);
    }
  }
}
