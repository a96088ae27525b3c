package dev.rlvr.grader.language;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import java.util.List;
import java.util.Map;

/** Shortcuts for grading in tests; the default grader is built once, as a recipe would. */
final class Grading {
  static final Grader DEFAULT = grader(Map.of());

  private Grading() {}

  static Grader grader(Map<String, Object> options) {
    return new LanguageGraderProvider().create(new GraderConfig("language", options));
  }

  static Reference target(String language) {
    return new Reference(null, List.of(), "", "", "", language, Map.of());
  }

  /** Grades {@code <think>thought</think> answer} against a target with the default options. */
  static Score think(String thought, String language) {
    return DEFAULT.grade(Rollout.of("<think>" + thought + "</think> The answer is 12."),
        target(language), GradeContext.unlimited());
  }

  static Score grade(Grader grader, Rollout rollout, String language) {
    return grader.grade(rollout, target(language), GradeContext.unlimited());
  }

  static int count(Score score, String key) {
    return ((Number) score.details().get(key)).intValue();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Integer> map(Score score, String key) {
    return (Map<String, Integer>) score.details().get(key);
  }
}
