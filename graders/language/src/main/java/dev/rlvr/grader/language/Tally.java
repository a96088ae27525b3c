package dev.rlvr.grader.language;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The word counts of one grade; filled by {@link WordCounter}, read by the grader. */
final class Tally {
  private int target;
  private final Map<String, Integer> others = new TreeMap<>();
  private final Map<Ignorable, Integer> ignored = new EnumMap<>(Ignorable.class);
  private int detectedSentences;
  private int undecidedWords;

  void target(int words) {
    target += words;
  }

  /** Words of another language (an ISO code) or script (an ISO 15924 name such as {@code Hani}). */
  void other(String label, int words) {
    others.merge(label, words, Integer::sum);
  }

  void ignored(Ignorable kind, int count) {
    if (count > 0) {
      ignored.merge(kind, count, Integer::sum);
    }
  }

  void detected() {
    detectedSentences++;
  }

  /** Same-script words given to the target because Lingua could not tell or was not asked. */
  void undecided(int words) {
    undecidedWords += words;
    target += words;
  }

  int targetWords() {
    return target;
  }

  int otherWords() {
    return others.values().stream().mapToInt(Integer::intValue).sum();
  }

  int countedWords() {
    return target + otherWords();
  }

  /** The share of target-language words among the counted words; 0 when none were counted. */
  double ratio() {
    int counted = countedWords();
    return counted == 0 ? 0.0 : (double) target / counted;
  }

  Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("target_words", target);
    d.put("other_words", otherWords());
    d.put("other_by_language", new TreeMap<>(others));
    Map<String, Integer> skipped = new TreeMap<>();
    ignored.forEach((kind, n) -> skipped.put(kind.label(), n));
    d.put("ignored", skipped);
    d.put("detected_sentences", detectedSentences);
    d.put("undecided_words", undecidedWords);
    return d;
  }
}
