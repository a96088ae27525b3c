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
  /** The longest all-capital word taken for a name of points ({@code ABCD}) rather than a word. */
  private static final int MAX_CAPITALS = 4;
  /** Function and unit names that reasoning writes outside LaTeX ({@code sin x}, {@code 5 km}). */
  private static final Set<String> MATH_NAMES = Set.of(
      "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh",
      "tanh", "log", "ln", "lg", "exp", "lim", "max", "min", "gcd", "lcm", "mod", "det",
      "km", "cm", "mm", "kg", "mg", "ml");

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
      if (isVariable(text, words, i, target)) {
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
   * A math symbol written as a Latin or Greek word outside the target's scripts is a variable,
   * not a word: one letter ({@code 设 x 为实数}), a short all-capital name of points, segments
   * or figures ({@code 三角形 ABC 中，AB = 3}), or a function or unit written out
   * ({@code sin x}, {@code log 2}, {@code 5 km}). It still counts when a neighbouring word is an
   * ordinary word of its script: then it belongs to a sentence in that language (the {@code a}
   * of {@code for a moment}, the {@code ABC} of {@code let ABC be a triangle}).
   */
  private boolean isVariable(String text, List<Word> words, int i, Language target) {
    Word word = words.get(i);
    if (!ignore.contains(Ignorable.VARIABLES) || target.writes(word.script())
        || !isSymbol(text, word)) {
      return false;
    }
    return !isProseWord(text, words, i, -1, word.script())
        && !isProseWord(text, words, i, 1, word.script());
  }

  /** Whether a Latin or Greek word looks like math: one letter, capitals, a function or a unit. */
  private static boolean isSymbol(String text, Word word) {
    int script = word.script();
    if (script != UScript.LATIN && script != UScript.GREEK) {
      return false;
    }
    if (word.letters() == 1) {
      return true;
    }
    String spelled = text.substring(word.start(), word.end());
    if (script == UScript.LATIN && word.letters() <= MAX_CAPITALS
        && spelled.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return true;
    }
    return MATH_NAMES.contains(spelled);
  }

  /**
   * Whether the nearest word before or after {@code i}, numbers skipped, is an ordinary word of
   * the script: longer than one letter and no math symbol.
   */
  private static boolean isProseWord(String text, List<Word> words, int i, int step, int script) {
    int j = i + step;
    while (j >= 0 && j < words.size() && words.get(j).isNumber()) {
      j += step;
    }
    if (j < 0 || j >= words.size()) {
      return false;
    }
    Word near = words.get(j);
    return near.script() == script && near.letters() > 1 && !isSymbol(text, near);
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
