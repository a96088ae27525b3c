package dev.rlvr.grader.language;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guesses the language of a prompt: the script most of its words are in (any kana makes a
 * Han-and-kana prompt Japanese), then, where several candidates write that script, Lingua on
 * those words; where no candidate writes it, the language ICU finds most likely for the script
 * (Arabic for Arab, Thai for Thai, Greek for Grek). System prompts and templates in another
 * language than the question skew the count, so the last user message is used when the prompt
 * came as chat messages.
 */
final class PromptLanguage {
  private final SpanMasker masker;
  private final List<Language> candidates;
  private final SameScriptDetector detector;

  PromptLanguage(SpanMasker masker, List<Language> candidates, SameScriptDetector detector) {
    this.masker = masker;
    this.candidates = List.copyOf(candidates);
    this.detector = detector;
  }

  Optional<Language> guess(String prompt) {
    String text = masker.mask(prompt).text();
    List<Word> words = WordScanner.scan(text, false).stream()
        .filter(w -> !w.isNumber() && w.script() != UScript.COMMON)
        .toList();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, Integer> perScript = new HashMap<>();
    words.forEach(w -> perScript.merge(w.script(), 1, Integer::sum));
    int kana = perScript.getOrDefault(UScript.HIRAGANA, 0) + perScript.getOrDefault(UScript.KATAKANA, 0);
    int han = perScript.getOrDefault(UScript.HAN, 0);
    int top = perScript.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    if (kana > 0 && kana + han >= perScript.get(top)) {
      return LanguageNames.of("ja", "");
    }
    return ofScript(top, words.stream().filter(w -> w.script() == top)
        .map(w -> text.substring(w.start(), w.end())).collect(Collectors.joining(" ")));
  }

  private Optional<Language> ofScript(int script, String sample) {
    if (script == UScript.HAN) {
      return LanguageNames.of("zh", "");
    }
    List<Language> writers = candidates.stream().filter(c -> c.writes(script)).toList();
    if (writers.size() == 1) {
      return Optional.of(writers.get(0));
    }
    Set<String> known = writers.stream().map(Language::code)
        .filter(SameScriptDetector::supports).collect(Collectors.toSet());
    if (detector != null && known.size() >= 2) {
      Optional<String> best = detector.confidences(sample, known).entrySet().stream()
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
      if (best.isPresent()) {
        return writers.stream().filter(c -> c.code().equals(best.get())).findFirst();
      }
    }
    return writers.isEmpty() ? LanguageNames.likelyFor(script) : Optional.of(writers.get(0));
  }
}
