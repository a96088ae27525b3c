package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Provides the {@code repetition} grader: open-r1's n-gram repetition penalty,
 * {@code (1 - unique n-grams / total n-grams) * max_penalty}, 0 when the text has fewer than
 * {@code ngram_size} units. Words are whitespace-split and lower-cased; for Chinese, Japanese,
 * Thai and other scripts written without spaces, {@code unit: auto} (the default) counts
 * characters instead, since a whole clause would otherwise be one "word". Ships the built-in
 * recipe {@code repetition}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RepetitionGraderProvider implements GraderProvider {
  static final String NAME = "repetition";
  static final String NGRAM_SIZE = "ngram_size";
  static final String MAX_PENALTY = "max_penalty";
  static final String UNIT = "unit";
  static final String SCOPE = "scope";
  /** Longer n-grams hardly ever repeat and only cost hashing. */
  static final int MAX_NGRAM_SIZE = 64;

  /** Creates the provider; ServiceLoader calls this. */
  public RepetitionGraderProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "open-r1 n-gram repetition penalty: (1 - unique/total n-grams) * max_penalty, "
        + "in [max_penalty, 0]; characters for CJK/Thai text";
  }

  @Override
  public List<GraderOption> options() {
    return List.of(
        GraderOption.integer(NGRAM_SIZE, 3, "n, the n-gram length in units (1 to " + MAX_NGRAM_SIZE + ")"),
        GraderOption.number(MAX_PENALTY, -1.0, "the value when every n-gram repeats; must not be positive"),
        GraderOption.choice(UNIT, RepetitionUnit.AUTO.label(), RepetitionUnit.labels(),
            "words: whitespace-split lower-cased words (open-r1); chars: non-space characters; "
                + "auto: chars when most letters are Han, kana, Thai, Lao, Khmer or Myanmar"),
        GraderOption.choice(SCOPE, Scope.COMPLETION.label(), Scope.labels(),
            "completion: all generated text; think: the chain of thought; answer: the answer"));
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/repetition.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is unknown, ngram_size is out of range or max_penalty is positive
   */
  @Override
  public Grader create(GraderConfig config) {
    String grader = DeclaredOptions.check(config, options(), NAME);
    int n = (int) DeclaredOptions.whole(config, grader, NGRAM_SIZE, 3, 1, MAX_NGRAM_SIZE);
    double maxPenalty = config.number(MAX_PENALTY, -1.0);
    if (maxPenalty > 0) {
      throw new ConfigException("grader '" + grader + "': option '" + MAX_PENALTY
          + "' must be 0 or negative (it is a penalty), got " + maxPenalty);
    }
    RepetitionUnit unit = RepetitionUnit.valueOf(
        config.choice(UNIT, RepetitionUnit.AUTO.label(), RepetitionUnit.labels()).toUpperCase(Locale.ROOT));
    Scope scope = Scope.valueOf(
        config.choice(SCOPE, Scope.COMPLETION.label(), Scope.labels()).toUpperCase(Locale.ROOT));
    return new RepetitionGrader(new NgramCounter(n, unit), maxPenalty, scope);
  }
}
