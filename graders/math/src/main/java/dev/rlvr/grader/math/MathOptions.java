package dev.rlvr.grader.math;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.grader.math.equiv.EquivalenceOptions;
import dev.rlvr.grader.math.equiv.PercentPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The math grader's settings, read and checked once when a recipe creates it.
 *
 * @param source where the final answer is looked for
 * @param fallbacks answer statements tried in order when there is no box
 * @param lastNumber whether the last number of the text is an answer of last resort
 * @param equivalence how answers are compared
 */
record MathOptions(AnswerSource source, List<String> fallbacks, boolean lastNumber, EquivalenceOptions equivalence) {
  static final List<String> DEFAULT_FALLBACKS =
      List.of("final answer is", "final answer:", "the answer is", "answer:", "####");

  static List<GraderOption> declared() {
    EquivalenceOptions d = EquivalenceOptions.defaults();
    return List.of(
        GraderOption.choice("answer_from", "auto", labels(AnswerSource.values()),
            "where the answer is: auto (the <answer> block if any, else after the last </think>, "
                + "else all), answer_tag, after_think or completion"),
        GraderOption.list("fallbacks", DEFAULT_FALLBACKS,
            "answer statements tried in order when there is no \\boxed{} (the last occurrence of each)"),
        GraderOption.bool("last_number", false,
            "take the last number of the text when nothing else is found (rewards restating the question)"),
        GraderOption.number("tolerance", d.relativeTolerance(),
            "relative tolerance, used only when the gold is a decimal literal (an inexact gold); 0 = exact"),
        GraderOption.choice("percent", "value_or_sign", percentLabels(),
            "value: 50% equals 0.5 only; value_or_sign: also 50; ignore_sign: 50 only. Never 40 for 0.4"),
        GraderOption.bool("degrees_equal_radians", d.degreesEqualRadians(),
            "30^\\circ equals \\pi/6"),
        GraderOption.integer("digits", d.digits(), "significant digits of numeric evaluation"),
        GraderOption.integer("random_points", d.randomPoints(),
            "points at which expressions in free variables are compared"));
  }

  static MathOptions from(GraderConfig config) {
    EquivalenceOptions d = EquivalenceOptions.defaults();
    AnswerSource source = AnswerSource.valueOf(
        config.choice("answer_from", "auto", labels(AnswerSource.values())).toUpperCase(Locale.ROOT));
    double tolerance = config.number("tolerance", d.relativeTolerance());
    long digits = config.integer("digits", d.digits());
    long points = config.integer("random_points", d.randomPoints());
    if (tolerance < 0 || tolerance >= 1) {
      throw new ConfigException("grader 'math': option 'tolerance' must be in [0, 1), got " + tolerance);
    }
    if (digits < 20 || digits > 200) {
      throw new ConfigException("grader 'math': option 'digits' must be in [20, 200], got " + digits);
    }
    if (points < 2 || points > 50) {
      throw new ConfigException("grader 'math': option 'random_points' must be in [2, 50], got " + points);
    }
    PercentPolicy percent = PercentPolicy.valueOf(
        config.choice("percent", "value_or_sign", percentLabels()).toUpperCase(Locale.ROOT));
    EquivalenceOptions equivalence = new EquivalenceOptions(tolerance, percent,
        config.bool("degrees_equal_radians", d.degreesEqualRadians()), (int) digits, (int) points, d.seed());
    return new MathOptions(source, config.list("fallbacks", DEFAULT_FALLBACKS),
        config.bool("last_number", false), equivalence);
  }

  private static List<String> labels(AnswerSource[] values) {
    return Arrays.stream(values).map(AnswerSource::label).toList();
  }

  private static List<String> percentLabels() {
    return Arrays.stream(PercentPolicy.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
  }
}
