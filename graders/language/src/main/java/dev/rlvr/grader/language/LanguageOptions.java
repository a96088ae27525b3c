package dev.rlvr.grader.language;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The language grader's settings, read and checked once when a recipe creates the grader.
 *
 * @param scope which text is measured
 * @param defaultLanguage the target when the record names none and the prompt tells nothing
 * @param fromPrompt whether a record without {@code target_language} takes the prompt's language
 * @param candidates the languages a same-script text may be in, besides the target
 * @param useDetector whether Lingua tells apart languages that share a script
 * @param lowAccuracy Lingua's low-accuracy mode (trigrams only: far less memory)
 * @param minDetectWords the fewest same-script words a sentence needs to be run through Lingua
 * @param ignore the kinds of text that count for no language
 * @param correctAt the ratio from which the verdict is CORRECT
 * @param noWordsScore the value when the text has no countable word
 */
record LanguageOptions(
    Scope scope,
    Optional<Language> defaultLanguage,
    boolean fromPrompt,
    List<Language> candidates,
    boolean useDetector,
    boolean lowAccuracy,
    int minDetectWords,
    Set<Ignorable> ignore,
    double correctAt,
    double noWordsScore) {

  static final String SCOPE = "scope";
  static final String DEFAULT_LANGUAGE = "default_language";
  static final String FROM_PROMPT = "detect_from_prompt";
  static final String CANDIDATES = "candidates";
  static final String DETECTOR = "detector";
  static final String ACCURACY = "accuracy";
  static final String MIN_DETECT_WORDS = "min_detect_words";
  static final String IGNORE = "ignore";
  static final String CORRECT_AT = "correct_at";
  static final String NO_WORDS_SCORE = "no_words_score";

  static final List<String> DEFAULT_CANDIDATES =
      List.of("en", "zh", "ja", "ko", "fr", "de", "es", "it", "pt", "ru", "uk");

  LanguageOptions {
    candidates = List.copyOf(candidates);
    ignore = ignore.isEmpty() ? EnumSet.noneOf(Ignorable.class) : EnumSet.copyOf(ignore);
  }

  /** Every option, with its type, default and description, as {@code rlvr graders} lists them. */
  static List<GraderOption> declared() {
    return List.of(
        GraderOption.choice(SCOPE, "think", labels(Scope.values()),
            "think: reasoning_content, else the <think> block (the whole completion when it has no "
                + "think tag); answer: the text after </think>; completion: both"),
        GraderOption.string(DEFAULT_LANGUAGE, "en",
            "target when the record has no target_language and the prompt shows none; empty: none"),
        GraderOption.bool(FROM_PROMPT, true,
            "without target_language, take the language most of the prompt's words are in"),
        GraderOption.list(CANDIDATES, DEFAULT_CANDIDATES,
            "languages a text may be in; Lingua chooses among those sharing the target's script"),
        GraderOption.choice(DETECTOR, "lingua", List.of("lingua", "script"),
            "lingua: per-sentence detection where the target shares its script; script: script alone"),
        GraderOption.choice(ACCURACY, "high", List.of("low", "high"),
            "Lingua models: high (1- to 5-grams: ~165 MB for en,fr,de,es,it,pt; right on short "
                + "sentences) or low (trigrams: ~7 MB; misreads some sentences under ~8 words)"),
        GraderOption.integer(MIN_DETECT_WORDS, 4,
            "a sentence with fewer same-script words is too short to tell and counts for the target"),
        GraderOption.list(IGNORE, labels(Ignorable.values()),
            "text that counts for no language; a kind left out counts as words of its script"),
        GraderOption.number(CORRECT_AT, 0.95, "the ratio from which the verdict is CORRECT"),
        GraderOption.number(NO_WORDS_SCORE, 0.0,
            "the value when the text has no countable word (verdict NO_ANSWER)"));
  }

  /**
   * Reads the options of a recipe.
   *
   * @param config the recipe's options
   * @return the settings
   * @throws ConfigException when an option is unknown or its value is not accepted
   */
  static LanguageOptions from(GraderConfig config) {
    String grader = config.grader().isEmpty() ? LanguageGraderProvider.NAME : config.grader();
    List<String> known = declared().stream().map(GraderOption::name).toList();
    for (String key : config.options().keySet()) {
      if (!known.contains(key)) {
        throw new ConfigException("grader '" + grader + "' has no option '" + key
            + "'; it accepts: " + String.join(", ", known));
      }
    }
    String fallback = config.string(DEFAULT_LANGUAGE, "en").strip();
    return new LanguageOptions(
        Scope.valueOf(config.choice(SCOPE, "think", labels(Scope.values())).toUpperCase(Locale.ROOT)),
        fallback.isEmpty() ? Optional.empty() : Optional.of(language(grader, DEFAULT_LANGUAGE, fallback)),
        config.bool(FROM_PROMPT, true),
        config.list(CANDIDATES, DEFAULT_CANDIDATES).stream()
            .map(name -> language(grader, CANDIDATES, name)).distinct().toList(),
        config.choice(DETECTOR, "lingua", List.of("lingua", "script")).equals("lingua"),
        config.choice(ACCURACY, "high", List.of("low", "high")).equals("low"),
        minWords(grader, config.integer(MIN_DETECT_WORDS, 4)),
        ignorables(grader, config.list(IGNORE, labels(Ignorable.values()))),
        fraction(grader, CORRECT_AT, config.number(CORRECT_AT, 0.95)),
        fraction(grader, NO_WORDS_SCORE, config.number(NO_WORDS_SCORE, 0.0)));
  }

  private static Language language(String grader, String key, String name) {
    return LanguageNames.parse(name).orElseThrow(() -> new ConfigException("grader '" + grader
        + "': option '" + key + "' names no language ICU knows: '" + name + "'"));
  }

  private static int minWords(String grader, long value) {
    if (value < 1 || value > 1_000) {
      throw new ConfigException("grader '" + grader + "': option '" + MIN_DETECT_WORDS
          + "' must be a whole number from 1 to 1000, got '" + value + "'");
    }
    return (int) value;
  }

  private static double fraction(String grader, String key, double value) {
    if (value < 0 || value > 1) {
      throw new ConfigException("grader '" + grader + "': option '" + key
          + "' must be a number from 0 to 1, got '" + value + "'");
    }
    return value;
  }

  private static Set<Ignorable> ignorables(String grader, List<String> names) {
    List<Ignorable> kinds = new ArrayList<>();
    for (String name : names) {
      kinds.add(Arrays.stream(Ignorable.values())
          .filter(k -> k.label().equals(name.toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(() -> new ConfigException("grader '" + grader + "': option '" + IGNORE
              + "' has no kind '" + name + "'; known kinds: "
              + String.join(", ", labels(Ignorable.values())))));
    }
    return kinds.isEmpty() ? EnumSet.noneOf(Ignorable.class) : EnumSet.copyOf(kinds);
  }

  private static List<String> labels(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
