package dev.rlvr.grader.format;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores the think/answer format of a completion in [0, 1].
 *
 * <p>1.0 ({@link Verdict#CORRECT}) for a well-formed completion with no enforced hack; 0.0
 * ({@link Verdict#FORMAT_ERROR}) when an enforced hack check fires; otherwise, with partial
 * credit on, the share of expected tags that are well placed, at most 0.75
 * ({@link Verdict#PARTIAL}, or {@link Verdict#FORMAT_ERROR} at 0). The reference is not used.
 * Immutable and thread-safe; linear in the length of the rollout, so it does not poll the
 * context.
 */
final class FormatGrader implements Grader {
  /** The most a malformed completion earns, so that only a valid one reaches 1.0. */
  static final double PARTIAL_CAP = 0.75;

  private final FormatOptions options;
  private final FormatInspector inspector;

  FormatGrader(FormatOptions options) {
    this.options = options;
    this.inspector = new FormatInspector(options);
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    Inspection found = inspector.inspect(rollout);
    return score(found).withDetails(details(found));
  }

  private Score score(Inspection found) {
    String where = found.template().label() + " format (" + options.mode().label() + ")";
    if (!found.violations().isEmpty()) {
      Violation first = found.violations().get(0);
      return Score.error(Verdict.FORMAT_ERROR,
          "reward hack in " + where + ": " + first.optionName() + ": " + first.description());
    }
    if (found.wellFormed()) {
      return Score.correct("valid " + where);
    }
    String problem = "malformed " + where + ": " + problems(found);
    if (!options.partialCredit()) {
      return Score.error(Verdict.FORMAT_ERROR, problem);
    }
    double credit = Math.min(PARTIAL_CAP, (double) found.wellPlacedTags() / found.expectedTags());
    return credit > 0
        ? Score.partial(credit, problem)
        : Score.error(Verdict.FORMAT_ERROR, problem);
  }

  private static String problems(Inspection found) {
    String tags = found.wellPlacedTags() + " of " + found.expectedTags() + " tags well placed";
    if (!found.misplaced().isEmpty()) {
      tags += ", missing or misplaced: "
          + found.misplaced().stream().map(Tag::literal).collect(Collectors.joining(" "));
    }
    boolean thinkClosed = !found.misplaced().contains(Tag.THINK_CLOSE);
    return thinkClosed && found.restBlank() ? tags + "; nothing after </think>" : tags;
  }

  private Map<String, Object> details(Inspection found) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("template", found.template().label());
    details.put("mode", options.mode().label());
    details.put("well_placed_tags", found.wellPlacedTags());
    details.put("expected_tags", found.expectedTags());
    details.put("misplaced_tags", found.misplaced().stream().map(Tag::literal).toList());
    details.put("violations", found.violations().stream().map(Violation::optionName).toList());
    details.put("think_chars", found.thinkChars());
    found.answer().ifPresent(answer -> details.put("answer", answer));
    return details;
  }
}
