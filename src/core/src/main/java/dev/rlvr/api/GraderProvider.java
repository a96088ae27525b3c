package dev.rlvr.api;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Names a grader, describes its options and creates it: the service that
 * {@link java.util.ServiceLoader} finds.
 *
 * <p>Register an implementation in {@code META-INF/services/dev.rlvr.api.GraderProvider}. It
 * needs a public no-argument constructor and must be cheap to construct: do expensive set-up in
 * {@link #create(GraderConfig)}. Names are stable, lower-case and kebab-case ({@code format},
 * {@code exact-match}): recipes refer to them, so renaming a class must not rename a grader.
 *
 * <pre>{@code
 * public final class NonEmptyGraderProvider implements GraderProvider {
 *   public String name() { return "non-empty"; }
 *   public String description() { return "1 when the completion has any text"; }
 *   public Grader create(GraderConfig config) {
 *     return (rollout, reference, context) -> rollout.completion().isBlank()
 *         ? Score.error(Verdict.NO_ANSWER, "empty completion")
 *         : Score.correct("has text");
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface GraderProvider {

  /**
   * The grader's name, as recipes refer to it.
   *
   * @return a non-blank, kebab-case name
   */
  String name();

  /**
   * One line on what the grader rewards and its range.
   *
   * @return the description; never null
   */
  String description();

  /**
   * The options the grader accepts; a recipe that sets any other option is rejected.
   *
   * @return the options; never null
   */
  default List<GraderOption> options() {
    return List.of();
  }

  /**
   * Class-path resources (YAML or JSON recipe files) this module ships, such as
   * {@code "META-INF/rlvr/recipes/format.yaml"}; each becomes a built-in recipe named by its
   * {@code name} field.
   *
   * @return resource paths; never null
   */
  default List<String> recipeResources() {
    return List.of();
  }

  /**
   * Creates a grader.
   *
   * @param config the recipe's options for it; never null
   * @return a thread-safe grader; never null
   * @throws ConfigException when an option is invalid
   */
  Grader create(GraderConfig config);
}
