package dev.rlvr.grader.language;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the {@code language} grader: the share of the chain of thought's words that are in
 * the target language, DeepSeek-R1's language-consistency reward, in [0, 1].
 *
 * <p>Words come from ICU's word segmentation (dictionaries for Chinese, Japanese and Thai); LaTeX,
 * code, URLs, markup, numbers and one-letter variables count for no language. A word counts for
 * the target when it is in one of the target's scripts; where another candidate language shares
 * that script (English and French, Russian and Ukrainian), Lingua decides per sentence. The
 * target is the record's {@code target_language}, else the prompt's language, else
 * {@code default_language}. {@link #options()} lists every option; the module README gives the
 * method and its limits. Ships the built-in recipe {@code language}.
 *
 * <pre>{@code
 * Grader language = new LanguageGraderProvider().create(GraderConfig.empty("language"));
 * Score s = language.grade(Rollout.of("<think>我们先算面积。</think> 12"),
 *     new Reference(null, List.of(), "", "", "", "zh", Map.of()), GradeContext.unlimited());
 * // 1.0, CORRECT
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LanguageGraderProvider implements GraderProvider {
  /** The grader's name in recipes. */
  static final String NAME = "language";

  /** Creates the provider; ServiceLoader calls this. */
  public LanguageGraderProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "language consistency: share of the chain of thought's words in the target language "
        + "(ICU words and scripts, Lingua for same-script languages), 0 to 1";
  }

  @Override
  public List<GraderOption> options() {
    return LanguageOptions.declared();
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/language.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is unknown or has a value it does not accept
   */
  @Override
  public Grader create(GraderConfig config) {
    return new LanguageGrader(LanguageOptions.from(config));
  }
}
