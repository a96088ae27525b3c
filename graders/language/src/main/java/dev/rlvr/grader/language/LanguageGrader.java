package dev.rlvr.grader.language;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Message;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grades language consistency: the share of the chain of thought's words that are in the target
 * language (DeepSeek-R1's language-consistency reward). The value is that ratio, in [0, 1].
 * Thread-safe: per-grade state lives in a {@link Tally}; the shared detector only reads.
 */
final class LanguageGrader implements Grader {
  private final LanguageOptions options;
  private final TextSelector selector;
  private final SpanMasker masker;
  private final WordCounter counter;
  private final PromptLanguage promptLanguage;
  private final Map<String, Rivals> rivals = new ConcurrentHashMap<>();

  LanguageGrader(LanguageOptions options) {
    this.options = options;
    this.selector = new TextSelector(options.scope());
    this.masker = new SpanMasker(options.ignore());
    SameScriptDetector detector = options.useDetector() ? new SameScriptDetector(options.lowAccuracy()) : null;
    this.counter = new WordCounter(options.ignore(), options.minDetectWords(), detector);
    this.promptLanguage = new PromptLanguage(
        new SpanMasker(EnumSet.allOf(Ignorable.class)), options.candidates(), detector);
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    Optional<Target> found;
    String named = reference.targetLanguage().strip();
    if (!named.isEmpty()) {
      found = LanguageNames.parse(named).map(l -> new Target(l, "record"));
      if (found.isEmpty()) {
        return Score.error(Verdict.INVALID_INPUT,
            "target_language '" + named + "' names no language ICU knows");
      }
    } else {
      found = fromPromptOrDefault(rollout);
      if (found.isEmpty()) {
        return Score.error(Verdict.INVALID_INPUT,
            "no target_language in the record, none seen in the prompt, and no default_language");
      }
    }
    Target target = found.get();
    Selection selection = selector.select(rollout);
    Masked masked = masker.mask(selection.text());
    Tally tally = new Tally();
    masked.spans().forEach(tally::ignored);
    Rivals against = rivals.computeIfAbsent(target.language().code(),
        code -> Rivals.of(target.language(), options.candidates(), options.useDetector()));
    counter.count(masked.text(), target.language(), against, context, tally);
    return score(tally, target, selection, against);
  }

  private Optional<Target> fromPromptOrDefault(Rollout rollout) {
    if (options.fromPrompt()) {
      Optional<Language> guessed = promptLanguage.guess(promptText(rollout));
      if (guessed.isPresent()) {
        return Optional.of(new Target(guessed.get(), "prompt"));
      }
    }
    return options.defaultLanguage().map(l -> new Target(l, "default"));
  }

  /** The question: the last user message when the prompt came as chat, else the prompt text. */
  private static String promptText(Rollout rollout) {
    List<Message> messages = rollout.promptMessages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role().equals("user")) {
        return messages.get(i).content();
      }
    }
    return rollout.prompt();
  }

  private Score score(Tally tally, Target target, Selection selection, Rivals against) {
    Language language = target.language();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("ratio", tally.ratio());
    details.put("target_language", language.code());
    details.put("target_source", target.source());
    details.put("target_scripts", language.scriptNames());
    details.put("text", selection.source());
    details.put("method", against.any()
        ? "script+lingua " + String.join(",", against.languages().stream().sorted().toList())
        : "script");
    details.putAll(tally.details());
    int counted = tally.countedWords();
    if (counted == 0) {
      return new Score(options.noWordsScore(), Verdict.NO_ANSWER,
          "no countable word in the " + selection.source(), details, Duration.ZERO);
    }
    double ratio = tally.ratio();
    Verdict verdict = ratio >= options.correctAt() ? Verdict.CORRECT
        : tally.targetWords() == 0 ? Verdict.INCORRECT : Verdict.PARTIAL;
    String reason = String.format(Locale.ROOT, "%d of %d words (%.1f%%) are %s", tally.targetWords(),
        counted, 100 * ratio, language.englishName());
    return new Score(ratio, verdict, reason, details, Duration.ZERO);
  }
}
