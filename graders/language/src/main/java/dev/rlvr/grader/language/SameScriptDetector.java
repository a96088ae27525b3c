package dev.rlvr.grader.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells apart languages that share a script with Lingua, restricted to the few languages in
 * question. Detectors are built on first use, one per set of languages, with their models
 * preloaded at build time: after that a detector only reads its models, so one detector serves
 * every thread. In low-accuracy mode (trigram models only) eight Latin and Cyrillic languages
 * take about 9 MB of heap and 0.3 s to load; in high-accuracy mode (unigrams to fivegrams) about
 * 225 MB and 1.4 s.
 */
final class SameScriptDetector {
  private static final Logger LOG = LoggerFactory.getLogger(SameScriptDetector.class);
  /** Lingua keeps its models in static maps: load them one detector at a time. */
  private static final Object LOADING = new Object();

  private final boolean lowAccuracy;
  private final Map<Set<String>, LanguageDetector> detectors = new ConcurrentHashMap<>();

  SameScriptDetector(boolean lowAccuracy) {
    this.lowAccuracy = lowAccuracy;
  }

  /** Tells whether Lingua has a model for the language with this ISO 639-1 code. */
  static boolean supports(String code) {
    return isoCode(code).isPresent();
  }

  /**
   * How much each language looks like the text, relative to the likeliest (1.0).
   *
   * @param text words of the scripts in question, separated by spaces
   * @param languages ISO 639-1 codes Lingua supports, at least two
   * @return code to confidence, likeliest first; empty when Lingua cannot tell
   */
  Map<String, Double> confidences(String text, Set<String> languages) {
    LanguageDetector detector = detectors.computeIfAbsent(Set.copyOf(languages), this::build);
    Map<String, Double> result = new HashMap<>();
    detector.computeLanguageConfidenceValues(text).forEach((language, confidence) ->
        result.put(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT), confidence));
    return result;
  }

  private LanguageDetector build(Set<String> languages) {
    IsoCode639_1[] codes = languages.stream()
        .map(code -> isoCode(code).orElseThrow(() -> new IllegalArgumentException("Lingua has no " + code)))
        .sorted()
        .toArray(IsoCode639_1[]::new);
    synchronized (LOADING) {
      long started = System.nanoTime();
      LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes);
      if (lowAccuracy) {
        builder = builder.withLowAccuracyMode();
      }
      LanguageDetector detector = builder.withPreloadedLanguageModels().build();
      LOG.info("loaded Lingua models for {} ({} accuracy) in {} ms", languages,
          lowAccuracy ? "low" : "high", (System.nanoTime() - started) / 1_000_000);
      return detector;
    }
  }

  private static Optional<IsoCode639_1> isoCode(String code) {
    try {
      IsoCode639_1 iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
      return iso == IsoCode639_1.NONE ? Optional.empty() : Optional.of(iso);
    } catch (IllegalArgumentException notInLingua) {
      return Optional.empty();
    }
  }
}
