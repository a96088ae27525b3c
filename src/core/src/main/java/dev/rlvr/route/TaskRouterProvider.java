package dev.rlvr.route;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.engine.GraderRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Provides {@code by-task}: one accuracy component for mixed math and code data, as the R1
 * recipe needs. Each record goes to the math grader or the code grader by its task (see
 * {@link Task}); the child graders are created once, with options given as {@code key=value}
 * items. Ships the recipe {@code r1}: accuracy + format + language consistency.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TaskRouterProvider implements GraderProvider {
  static final String NAME = "by-task";

  /** Creates the provider; ServiceLoader calls this. */
  public TaskRouterProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "accuracy by task: math records to the math grader, code records to the code grader "
        + "(task / ability, else data_source, else the reference's shape)";
  }

  @Override
  public List<GraderOption> options() {
    return List.of(
        GraderOption.string("math_grader", "math", "the grader of math records"),
        GraderOption.string("code_grader", "code", "the grader of code records"),
        GraderOption.list("math_options", List.of(), "options of the math grader, as key=value items"),
        GraderOption.list("code_options", List.of(), "options of the code grader, as key=value items"),
        GraderOption.choice("default_task", "math", List.of("math", "code"),
            "the task of a record that says nothing about it"));
  }

  @Override
  public List<String> recipeResources() {
    return List.of("META-INF/rlvr/recipes/r1.yaml");
  }

  @Override
  public Grader create(GraderConfig config) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : TaskRouterProvider.class.getClassLoader();
    GraderRegistry registry = GraderRegistry.load(loader);
    Task fallback = Task.valueOf(config.choice("default_task", "math", List.of("math", "code")).toUpperCase(java.util.Locale.ROOT));
    String mathName = config.string("math_grader", "math");
    String codeName = config.string("code_grader", "code");
    if (mathName.equals(NAME) || codeName.equals(NAME)) {
      throw new ConfigException("grader 'by-task' cannot route to itself");
    }
    Map<Task, Grader> graders = new LinkedHashMap<>();
    graders.put(Task.MATH, registry.create(mathName, keyValues(config, "math_options")));
    graders.put(Task.CODE, registry.create(codeName, keyValues(config, "code_options")));
    return new TaskRouter(graders, fallback);
  }

  /** Reads {@code key=value} items; values stay text (graders' getters accept text numbers and booleans). */
  static Map<String, Object> keyValues(GraderConfig config, String option) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String item : config.list(option, List.of())) {
      int equals = item.indexOf('=');
      if (equals <= 0) {
        throw new ConfigException("grader 'by-task': option '" + option + "' takes key=value items, got '"
            + item + "'");
      }
      values.put(item.substring(0, equals).strip(), item.substring(equals + 1).strip());
    }
    return values;
  }
}
