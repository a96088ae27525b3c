package dev.rlvr.grader.math;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the {@code math} grader: 1.0 when the completion's final answer equals a gold answer,
 * 0.0 otherwise ({@code NO_ANSWER} when there is none). Ships the recipes {@code math} (accuracy
 * alone) and {@code r1-zero-math} (accuracy + format, summed as in DeepSeek-R1-Zero).
 *
 * <pre>{@code
 * Grader math = new MathGraderProvider().create(GraderConfig.empty("math"));
 * Score s = math.grade(Rollout.of("so the answer is $\\boxed{\\frac{2}{4}}$"),
 *     Reference.ofAnswers("0.5"), GradeContext.unlimited());   // 1.0, CORRECT
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MathGraderProvider implements GraderProvider {

  /** Creates the provider; ServiceLoader calls this. */
  public MathGraderProvider() {}

  @Override
  public String name() {
    return "math";
  }

  @Override
  public String description() {
    return "final answer (last \\boxed{}, or an answer statement) equals a gold answer as a "
        + "mathematician would judge: 1 correct, 0 otherwise";
  }

  @Override
  public List<GraderOption> options() {
    return MathOptions.declared();
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/math.yaml", "META-INF/rlvr/recipes/r1-zero-math.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is invalid
   */
  @Override
  public Grader create(GraderConfig config) {
    return new MathGrader(MathOptions.from(config));
  }
}
