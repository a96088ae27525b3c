package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the {@code overlong} grader: DAPO's soft overlong punishment. With
 * {@code max_length} L and {@code buffer} B, a length n scores 0 when n &lt;= L - B,
 * (L - B - n) / B when L - B &lt; n &lt;= L (down to -1), and -1 when n &gt; L. Lengths are
 * tiktoken tokens ({@code encoding}, default cl100k_base) or Unicode code points; the policy's
 * own tokenizer usually differs, so set {@code length_metadata_key} where the trainer sends its
 * own count. Ships the built-in recipe {@code overlong}.
 *
 * <pre>{@code
 * Grader overlong = new OverlongGraderProvider().create(new GraderConfig("overlong",
 *     Map.of("max_length", 100, "buffer", 20, "unit", "chars")));
 * overlong.grade(Rollout.of("x".repeat(90)), Reference.none(), GradeContext.unlimited()); // -0.5
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OverlongGraderProvider implements GraderProvider {
  static final String NAME = "overlong";
  static final String MAX_LENGTH = "max_length";
  static final String BUFFER = "buffer";
  /** DAPO's generation limit: 16,384 expected tokens plus the 4,096-token buffer. */
  static final long DEFAULT_MAX_LENGTH = 20_480;
  static final long DEFAULT_BUFFER = 4_096;

  /** Creates the provider; ServiceLoader calls this. */
  public OverlongGraderProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "DAPO soft overlong punishment: 0 up to max_length - buffer, linear to -1 at max_length, "
        + "-1 beyond; in tiktoken tokens or chars";
  }

  @Override
  public List<GraderOption> options() {
    List<GraderOption> options = new ArrayList<>();
    options.add(GraderOption.integer(MAX_LENGTH, DEFAULT_MAX_LENGTH,
        "L_max: the length that scores -1 (DAPO: 20480 tokens)"));
    options.add(GraderOption.integer(BUFFER, DEFAULT_BUFFER,
        "L_cache: the ramp's width; lengths up to max_length - buffer score 0 (DAPO: 4096)"));
    options.addAll(LengthOptions.declared(LengthUnit.TOKENS));
    return List.copyOf(options);
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/overlong.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is unknown, out of range, or buffer exceeds max_length
   */
  @Override
  public Grader create(GraderConfig config) {
    String grader = DeclaredOptions.check(config, options(), NAME);
    long limit = Long.MAX_VALUE / 2;
    long maxLength = DeclaredOptions.whole(config, grader, MAX_LENGTH, DEFAULT_MAX_LENGTH, 1, limit);
    long buffer = DeclaredOptions.whole(config, grader, BUFFER, DEFAULT_BUFFER, 1, limit);
    if (buffer > maxLength) {
      throw new ConfigException("grader '" + grader + "': option '" + BUFFER + "' (" + buffer
          + ") must not exceed '" + MAX_LENGTH + "' (" + maxLength + ")");
    }
    return new OverlongGrader(LengthOptions.meter(config, grader, LengthUnit.TOKENS),
        new OverlongPunishment(maxLength, buffer));
  }
}
