package dev.rlvr.grader.format;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The format grader's settings, read and checked once when a recipe creates the grader.
 *
 * @param template the template to check against, or {@link Template#AUTO}
 * @param mode strict or lenient tag matching
 * @param answerTags whether answer tags are required
 * @param reject the hack checks that are enforced
 * @param minThinkChars the fewest visible characters of reasoning
 * @param minAnswerChars the fewest visible characters of answer
 * @param partialCredit whether malformed completions without a hack get per-tag credit
 * @param endTokens the end-of-sequence tokens stripped from the end of the completion
 */
record FormatOptions(
    Template template,
    Mode mode,
    AnswerTags answerTags,
    Set<Violation> reject,
    int minThinkChars,
    int minAnswerChars,
    boolean partialCredit,
    EndTokens endTokens) {

  static final String TEMPLATE = "template";
  static final String MODE = "mode";
  static final String ANSWER_TAGS = "answer_tags";
  static final String REJECT = "reject";
  static final String MIN_THINK_CHARS = "min_think_chars";
  static final String MIN_ANSWER_CHARS = "min_answer_chars";
  static final String PARTIAL_CREDIT = "partial_credit";
  static final String END_TOKENS = "end_tokens";

  /** Copies the set of checks. */
  FormatOptions {
    reject = Set.copyOf(reject);
  }

  /** Every option, with its type, default and description, as {@code rlvr graders} lists them. */
  static List<GraderOption> declared() {
    return List.of(
        GraderOption.choice(TEMPLATE, "auto", labels(Template.values()),
            "auto: prefilled when the prompt ends with <think> (or, with no prompt or a chat-message "
                + "prompt, when the completion's first think tag is </think>), else r1; "
                + "r1: <think>...</think><answer>...</answer>; prefilled: reasoning</think>answer"),
        GraderOption.choice(MODE, "strict", labels(Mode.values()),
            "strict: exact lower-case tags, only whitespace around blocks; lenient: any case, "
                + "spaces inside brackets, text before <think> and before <answer>"),
        GraderOption.choice(ANSWER_TAGS, "auto", labels(AnswerTags.values()),
            "whether <answer>...</answer> is needed: auto (r1 required, prefilled optional), "
                + "required or optional"),
        GraderOption.list(REJECT, allChecks(),
            "reward hacks that score 0; a check left out is not enforced"),
        GraderOption.integer(MIN_THINK_CHARS, 1,
            "fewest visible characters of reasoning (empty_think)"),
        GraderOption.integer(MIN_ANSWER_CHARS, 1,
            "fewest visible characters of answer (empty_answer)"),
        GraderOption.bool(PARTIAL_CREDIT, true,
            "a malformed completion with no hack gets the share of its expected tags that are "
                + "well placed (1/4 per tag in r1, 1/3 in prefilled with answer tags), at most 0.75"),
        GraderOption.list(END_TOKENS, EndTokens.DEFAULT,
            "end-of-sequence tokens stripped from the end of the completion before checking"));
  }

  /**
   * Reads the options of a recipe.
   *
   * @param config the recipe's options
   * @return the settings
   * @throws ConfigException when an option is unknown or its value is not accepted
   */
  static FormatOptions from(GraderConfig config) {
    String grader = config.grader().isEmpty() ? FormatGraderProvider.NAME : config.grader();
    List<String> known = declared().stream().map(GraderOption::name).toList();
    for (String key : config.options().keySet()) {
      if (!known.contains(key)) {
        throw new ConfigException("grader '" + grader + "' has no option '" + key
            + "'; it accepts: " + String.join(", ", known));
      }
    }
    return new FormatOptions(
        Template.valueOf(upper(config.choice(TEMPLATE, "auto", labels(Template.values())))),
        Mode.valueOf(upper(config.choice(MODE, "strict", labels(Mode.values())))),
        AnswerTags.valueOf(upper(config.choice(ANSWER_TAGS, "auto", labels(AnswerTags.values())))),
        checks(grader, config.list(REJECT, allChecks())),
        count(grader, config, MIN_THINK_CHARS),
        count(grader, config, MIN_ANSWER_CHARS),
        config.bool(PARTIAL_CREDIT, true),
        new EndTokens(config.list(END_TOKENS, EndTokens.DEFAULT)));
  }

  /** Tells whether a hack check is enforced. */
  boolean enforces(Violation check) {
    return reject.contains(check);
  }

  private static Set<Violation> checks(String grader, List<String> names) {
    Set<Violation> checks = EnumSet.noneOf(Violation.class);
    for (String name : names) {
      checks.add(Violation.fromOptionName(name).orElseThrow(() -> new ConfigException(
          "grader '" + grader + "': option '" + REJECT + "' has no check '" + name
              + "'; known checks: " + String.join(", ", allChecks()))));
    }
    return checks;
  }

  private static int count(String grader, GraderConfig config, String key) {
    long value = config.integer(key, 1);
    if (value < 0 || value > Integer.MAX_VALUE) {
      throw new ConfigException("grader '" + grader + "': option '" + key
          + "' must be a whole number from 0 to " + Integer.MAX_VALUE + ", got '" + value + "'");
    }
    return (int) value;
  }

  private static List<String> allChecks() {
    return Arrays.stream(Violation.values()).map(Violation::optionName).toList();
  }

  private static List<String> labels(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static String upper(String label) {
    return label.toUpperCase(Locale.ROOT);
  }
}
