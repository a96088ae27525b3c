package dev.rlvr.example;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Grades the completion's final answer against the gold answers; any gold may match.
 *
 * <p>Values: 1.0 {@link Verdict#CORRECT} on a match; the Jaro-Winkler similarity, in
 * [threshold, 1), {@link Verdict#PARTIAL} for a near miss when partial credit is on; 0.0
 * otherwise ({@link Verdict#INCORRECT}, {@link Verdict#NO_ANSWER} for an empty answer,
 * {@link Verdict#INVALID_INPUT} when there is no gold or a regex gold is unusable). Details:
 * {@code pred} (the answer, clipped), {@code answer_source}, {@code boxed}, {@code mode}, and
 * {@code gold} (the gold matched or nearest) or {@code golds}.
 *
 * <p>Thread-safe: the settings are final and the regex cache is concurrent. Never throws, except
 * {@link dev.rlvr.api.GradeCancelledException} when the context gives up on a runaway regex.
 */
final class ExactMatchGrader implements Grader {
  /** Answers and golds longer than this are clipped in details. */
  static final int DETAIL_LIMIT = 200;
  /** Similarity is computed only between texts up to this long; past that it is quadratic. */
  static final int MAX_SIMILARITY_LENGTH = 2000;
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final MatchSettings settings;
  private final GoldPatterns patterns;

  /**
   * Creates a grader.
   *
   * @param settings its options
   */
  ExactMatchGrader(MatchSettings settings) {
    this.settings = settings;
    this.patterns = new GoldPatterns(settings.caseSensitive());
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    List<String> golds = reference.answers().stream().filter(gold -> !gold.isBlank()).toList();
    ExtractedAnswer answer = AnswerExtractor.extract(rollout.completion());
    if (golds.isEmpty()) {
      return describe(Score.error(Verdict.INVALID_INPUT, "the reference has no gold answer"), answer);
    }
    return settings.mode() == MatchMode.REGEX
        ? gradeByRegex(answer, golds, context)
        : gradeByComparison(answer, golds);
  }

  private Score gradeByComparison(ExtractedAnswer answer, List<String> golds) {
    if (answer.isEmpty()) {
      return noAnswer(answer, golds);
    }
    String pred = comparable(answer.text());
    String nearest = null;
    double best = 0.0;
    for (String gold : golds) {
      String form = comparable(gold);
      if (form.equals(pred)) {
        return matched(answer, gold);
      }
      if (settings.givesPartialCredit()) {
        double similarity = similarity(pred, form);
        if (nearest == null || similarity > best) {
          nearest = gold;
          best = similarity;
        }
      }
    }
    if (nearest != null && best >= settings.similarityThreshold()) {
      Score partial = Score.partial(best, String.format(Locale.ROOT,
          "answer is %.3f similar to gold '%s' (threshold %s)", best, clip(nearest),
          settings.similarityThreshold()));
      return describe(partial, answer).withDetail("gold", clip(nearest)).withDetail("similarity", best);
    }
    return unmatched(answer, golds);
  }

  private Score gradeByRegex(ExtractedAnswer answer, List<String> golds, GradeContext context) {
    List<Pattern> compiled = new ArrayList<>(golds.size());
    for (String gold : golds) {
      switch (patterns.compile(gold)) {
        case GoldPatterns.Valid valid -> compiled.add(valid.pattern());
        case GoldPatterns.Invalid invalid -> {
          Score bad = Score.error(
              Verdict.INVALID_INPUT, "gold answer is not a usable regex: " + invalid.problem());
          return describe(bad, answer).withDetail("gold", clip(gold));
        }
      }
    }
    if (answer.isEmpty()) {
      return noAnswer(answer, golds);
    }
    CharSequence input = new CancellableText(answer.text(), context);
    try {
      for (int i = 0; i < compiled.size(); i++) {
        if (compiled.get(i).matcher(input).matches()) {
          return matched(answer, golds.get(i));
        }
      }
    } catch (StackOverflowError tooDeep) {
      Score failed = Score.error(Verdict.INTERNAL_ERROR, "a gold regex overflowed the stack on a "
          + answer.text().length() + "-char answer; simplify it (avoid (a|b)* over long text)");
      return describe(failed, answer).withDetail("golds", clipAll(golds));
    }
    return unmatched(answer, golds);
  }

  /** The form in which answer and gold are compared in normalised and exact modes. */
  private String comparable(String text) {
    if (settings.mode() == MatchMode.NORMALIZED) {
      return AnswerNormalizer.normalize(text, settings.caseSensitive());
    }
    String trimmed = text.strip();
    return settings.caseSensitive() ? trimmed : AnswerNormalizer.foldCase(trimmed);
  }

  private static double similarity(String pred, String gold) {
    if (pred.length() > MAX_SIMILARITY_LENGTH || gold.length() > MAX_SIMILARITY_LENGTH) {
      return 0.0;
    }
    return JARO_WINKLER.apply(pred, gold);
  }

  private Score matched(ExtractedAnswer answer, String gold) {
    return describe(Score.correct("answer matches gold '" + clip(gold) + "'"), answer)
        .withDetail("gold", clip(gold));
  }

  private Score unmatched(ExtractedAnswer answer, List<String> golds) {
    Score wrong = Score.incorrect("answer '" + clip(answer.text()) + "' matches none of "
        + golds.size() + (golds.size() == 1 ? " gold answer" : " gold answers"));
    return describe(wrong, answer).withDetail("golds", clipAll(golds));
  }

  private Score noAnswer(ExtractedAnswer answer, List<String> golds) {
    String where = answer.boxed() ? "the \\boxed{} is empty" : switch (answer.source()) {
      case "answer_tag" -> "the last <answer> block is empty";
      case "after_think" -> "nothing follows the last </think>";
      default -> "the completion is empty";
    };
    return describe(Score.error(Verdict.NO_ANSWER, "no answer: " + where), answer)
        .withDetail("golds", clipAll(golds));
  }

  private Score describe(Score score, ExtractedAnswer answer) {
    return score.withDetail("pred", clip(answer.text()))
        .withDetail("answer_source", answer.source())
        .withDetail("boxed", answer.boxed())
        .withDetail("mode", settings.mode().optionValue());
  }

  private static List<String> clipAll(List<String> golds) {
    return golds.stream().map(ExactMatchGrader::clip).toList();
  }

  /** The first {@link #DETAIL_LIMIT} chars, without splitting a surrogate pair. */
  static String clip(String text) {
    if (text.length() <= DETAIL_LIMIT) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(DETAIL_LIMIT - 1)) ? DETAIL_LIMIT - 1 : DETAIL_LIMIT;
    return text.substring(0, end);
  }
}
