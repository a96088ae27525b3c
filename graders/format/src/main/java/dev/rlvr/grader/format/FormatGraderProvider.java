package dev.rlvr.grader.format;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the {@code format} grader: 1.0 for a completion in the think/answer format of
 * DeepSeek-R1-Zero ({@code <think> reasoning </think> <answer> answer </answer>}) or of a chat
 * template that prefills {@code <think>} ({@code reasoning </think> answer}), 0 for a known
 * format reward hack, and partial credit per well-placed tag otherwise.
 *
 * <p>The hacks rejected by default are {@code truncated}, {@code multiple_think},
 * {@code answer_in_think}, {@code multiple_answer}, {@code empty_think}, {@code empty_answer}
 * and {@code text_after_answer}; {@link #options()} lists every option. Ships the built-in
 * recipe {@code format}.
 *
 * <pre>{@code
 * Grader format = new FormatGraderProvider()
 *     .create(new GraderConfig("format", Map.of("mode", "lenient")));
 * Score s = format.grade(Rollout.of("<think>2+2=4</think> <answer>4</answer>"),
 *     Reference.none(), GradeContext.unlimited());   // 1.0, CORRECT
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FormatGraderProvider implements GraderProvider {
  /** The grader's name in recipes. */
  static final String NAME = "format";

  /** Creates the provider; ServiceLoader calls this. */
  public FormatGraderProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "think/answer tag format (R1-Zero or prefilled <think>) and format reward hacks: "
        + "1 valid, 0 hack, up to 0.75 per well-placed tag";
  }

  @Override
  public List<GraderOption> options() {
    return FormatOptions.declared();
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/format.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is unknown or has a value it does not accept
   */
  @Override
  public Grader create(GraderConfig config) {
    return new FormatGrader(FormatOptions.from(config));
  }
}
