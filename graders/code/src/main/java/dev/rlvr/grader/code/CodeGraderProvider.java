package dev.rlvr.grader.code;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Provides the {@code code} grader: the R1-Zero code accuracy reward. It takes the last fenced
 * block of the completion's answer, runs it in the sandbox against the record's tests
 * (stdin/stdout, call-based or assert-style, as APPS/TACO, LiveCodeBench, open-r1, HumanEval and
 * MBPP store them) and scores the fraction passed. Ships the recipes {@code code} and
 * {@code r1-zero-code}.
 *
 * <pre>{@code
 * try (RewardEngine engine = RewardEngine.create(catalog.resolve("code"), registry, options)) {
 *   RewardResult r = engine.score(rollout, reference);   // reference.groundTruth() holds the tests
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CodeGraderProvider implements GraderProvider {
  static final String NAME = "code";

  /** Creates the provider; ServiceLoader calls this. */
  public CodeGraderProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "runs the answer's program against the record's tests in the sandbox (stdin/stdout, "
        + "call-based, assert-style): fraction of tests passed, or all or nothing";
  }

  @Override
  public List<GraderOption> options() {
    return CodeOptions.declared();
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/code.yaml", "META-INF/rlvr/recipes/r1-zero-code.yaml");
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigException when an option is unknown or has a value it does not accept
   */
  @Override
  public Grader create(GraderConfig config) {
    CodeOptions options = CodeOptions.from(config);
    return new CodeGrader(options, new SandboxHolder(options.backend(), options.warmPython()));
  }
}
