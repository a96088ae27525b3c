package dev.rlvr.example;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.List;

/**
 * Provides the {@code exact-match} grader: 1.0 when the completion's final answer matches one of
 * the gold answers, 0.0 otherwise, with optional partial credit for near misses.
 *
 * <p>The final answer is the content of the last {@code <answer>...</answer>} block; else the
 * text after the last {@code </think>}; else the whole completion; and if that text has a
 * {@code \boxed{}} (or several with the same content), the box's content. Options:
 * <ul>
 *   <li>{@code mode}: {@code normalized} (default; SQuAD-style: NFKC, HTML entities, case,
 *       punctuation, a/an/the and spacing do not count), {@code exact} (byte for byte after
 *       trimming) or {@code regex} (each gold is a Java regex that must match the whole answer);
 *   <li>{@code case_sensitive}: whether letter case counts (default false; true in exact mode
 *       unless set);
 *   <li>{@code similarity_threshold}: below 1, a wrong answer whose Jaro-Winkler similarity to a
 *       gold is at least this earns that similarity as {@code PARTIAL} credit (not in regex mode).
 * </ul>
 *
 * <p>Ships the recipe {@code exact-match} (one component, {@code accuracy}). Registered in
 * {@code META-INF/services/dev.rlvr.api.GraderProvider}; cheap to construct. Thread-safe.
 *
 * <pre>{@code
 * Grader grader = new ExactMatchGraderProvider()
 *     .create(new GraderConfig("exact-match", Map.of("mode", "normalized")));
 * Score s = grader.grade(Rollout.of("<think>...</think> <answer>Paris</answer>"),
 *     Reference.ofAnswers("paris"), GradeContext.unlimited());   // 1.0, CORRECT
 * }</pre>
 *
 * @since 0.1
 */
public final class ExactMatchGraderProvider implements GraderProvider {
  /** The grader's name, as recipes refer to it. */
  public static final String NAME = "exact-match";
  /** The recipe this jar ships. */
  static final String RECIPE = "META-INF/rlvr/recipes/exact-match.yaml";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public ExactMatchGraderProvider() {
    // nothing to set up: graders are configured in create()
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "1 when the final answer (last <answer> block, else after </think>; a \\boxed{} there is"
        + " unwrapped) matches a gold answer, else 0; near misses earn Jaro-Winkler partial credit"
        + " when similarity_threshold < 1";
  }

  @Override
  public List<GraderOption> options() {
    return List.of(
        GraderOption.choice(MatchSettings.MODE, MatchMode.NORMALIZED.optionValue(), MatchMode.optionValues(),
            "normalized: SQuAD-style (NFKC, HTML entities, case, punctuation, a/an/the and spacing"
                + " ignored); exact: byte for byte after trimming; regex: each gold is a Java regex"
                + " that must match the whole answer"),
        GraderOption.bool(MatchSettings.CASE_SENSITIVE, false,
            "letter case counts (in exact mode it counts unless this is set to false)"),
        GraderOption.number(MatchSettings.SIMILARITY_THRESHOLD, 1.0,
            "below 1, a wrong answer whose Jaro-Winkler similarity to a gold is at least this earns"
                + " that similarity as partial credit; 1 turns this off; ignored in regex mode"));
  }

  @Override
  public List<String> recipeResources() {
    return List.of(RECIPE);
  }

  /**
   * Creates a grader.
   *
   * @param config the recipe's options; never null
   * @return a thread-safe grader
   * @throws ConfigException when an option has an invalid value
   */
  @Override
  public Grader create(GraderConfig config) {
    return new ExactMatchGrader(MatchSettings.from(config));
  }
}
