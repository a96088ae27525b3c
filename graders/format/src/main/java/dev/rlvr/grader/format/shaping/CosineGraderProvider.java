package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.engine.GraderRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Provides the {@code cosine} grader: open-r1's cosine-scaled length reward. With
 * {@code p = min(1, length / max_len)}, a correct answer earns
 * {@code min_value_correct + 0.5 (max_value_correct - min_value_correct)(1 + cos(pi p))} (1.0
 * when empty, 0.5 at max_len by default) and a wrong one
 * {@code max_value_wrong + 0.5 (min_value_wrong - max_value_wrong)(1 + cos(pi p))} (-1.0 when
 * empty, -0.5 at max_len). Correctness comes from the grader named by {@code accuracy_grader}
 * (default {@code math}), created once with {@code accuracy_options}; only its CORRECT counts as
 * correct. Lengths are code points by default, as open-r1's {@code len(content)}. Ships the
 * built-in recipe {@code cosine}. The grader it creates is {@link AutoCloseable}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CosineGraderProvider implements GraderProvider {
  static final String NAME = "cosine";
  static final String MIN_VALUE_WRONG = "min_value_wrong";
  static final String MAX_VALUE_WRONG = "max_value_wrong";
  static final String MIN_VALUE_CORRECT = "min_value_correct";
  static final String MAX_VALUE_CORRECT = "max_value_correct";
  static final String MAX_LEN = "max_len";
  static final String CLIP = "clip";
  static final String ACCURACY_GRADER = "accuracy_grader";
  static final String ACCURACY_OPTIONS = "accuracy_options";

  /** Creates the provider; ServiceLoader calls this. */
  public CosineGraderProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "open-r1 cosine-scaled length reward: correct answers 1.0 (short) to 0.5 (max_len), "
        + "wrong ones -1.0 (short) to -0.5 (max_len); accuracy from another grader (math)";
  }

  @Override
  public List<GraderOption> options() {
    List<GraderOption> options = new ArrayList<>();
    options.add(GraderOption.number(MIN_VALUE_WRONG, -1.0, "reward of an empty wrong answer"));
    options.add(GraderOption.number(MAX_VALUE_WRONG, -0.5, "reward of a wrong answer at max_len"));
    options.add(GraderOption.number(MIN_VALUE_CORRECT, 0.5, "reward of a correct answer at max_len"));
    options.add(GraderOption.number(MAX_VALUE_CORRECT, 1.0, "reward of an empty correct answer"));
    options.add(GraderOption.integer(MAX_LEN, 1000,
        "the length at which the cosine ends (open-r1: 1000 chars)"));
    options.add(GraderOption.bool(CLIP, true,
        "hold lengths past max_len at max_len; false reproduces open-r1, whose cosine swings back up"));
    options.add(GraderOption.string(ACCURACY_GRADER, "math",
        "the grader whose CORRECT verdict means correct"));
    options.add(new GraderOption(ACCURACY_OPTIONS, "map", "", List.of(), "options for the accuracy grader"));
    options.addAll(LengthOptions.declared(LengthUnit.CHARS));
    return List.copyOf(options);
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/cosine.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is invalid or the accuracy grader is not on the class path
   */
  @Override
  public Grader create(GraderConfig config) {
    String grader = DeclaredOptions.check(config, options(), NAME);
    CosineSchedule schedule = new CosineSchedule(
        config.number(MIN_VALUE_CORRECT, 0.5), config.number(MAX_VALUE_CORRECT, 1.0),
        config.number(MIN_VALUE_WRONG, -1.0), config.number(MAX_VALUE_WRONG, -0.5),
        DeclaredOptions.whole(config, grader, MAX_LEN, 1000, 1, Long.MAX_VALUE / 2),
        config.bool(CLIP, true));
    LengthMeter meter = LengthOptions.meter(config, grader, LengthUnit.CHARS);
    String accuracyName = config.string(ACCURACY_GRADER, "math").trim();
    if (accuracyName.isEmpty() || accuracyName.equals(NAME)) {
      throw new ConfigException("grader '" + grader + "': option '" + ACCURACY_GRADER
          + "' must name another grader, got '" + accuracyName + "'");
    }
    GraderRegistry registry = GraderRegistry.load(CosineGraderProvider.class.getClassLoader());
    Grader accuracy = registry.create(accuracyName, accuracyOptions(config, grader));
    return new CosineGrader(schedule, meter, accuracyName, accuracy);
  }

  private static Map<String, Object> accuracyOptions(GraderConfig config, String grader) {
    Object raw = config.options().get(ACCURACY_OPTIONS);
    if (raw == null) {
      return Map.of();
    }
    if (!(raw instanceof Map<?, ?> map)) {
      throw new ConfigException("grader '" + grader + "': option '" + ACCURACY_OPTIONS
          + "' must be a map of options, got '" + raw + "'");
    }
    Map<String, Object> options = new LinkedHashMap<>();
    map.forEach((key, value) -> options.put(String.valueOf(key), value));
    return options;
  }
}
