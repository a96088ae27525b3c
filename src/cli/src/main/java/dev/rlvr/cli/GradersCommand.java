package dev.rlvr.cli;

import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists every grader found, with its options, and the built-in recipes. */
@Command(
    name = "graders",
    mixinStandardHelpOptions = true,
    header = "List the graders found (built in and plug-ins), their options, and the recipes.")
final class GradersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PluginOptions pluginOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GraderRegistry registry = pluginOptions.registry();
    out.println("Graders:");
    for (GraderProvider provider : registry.providers()) {
      out.printf("  %s  - %s%n", provider.name(), provider.description());
      out.printf("      from %s%s%n", provider.getClass().getName(),
          provider.options().isEmpty() ? "" : "; options (set them in a recipe's options):");
      for (GraderOption option : provider.options()) {
        String choices = option.choices().isEmpty() ? "" : " {" + String.join("|", option.choices()) + "}";
        out.printf("      %s: %s%s, default %s. %s%n", option.name(), option.type(), choices,
            option.defaultValue().isEmpty() ? "none" : option.defaultValue(), option.description());
      }
    }
    RecipeCatalog catalog = RecipeCatalog.of(registry);
    out.println();
    out.println("Recipes:");
    for (String name : catalog.names()) {
      Recipe recipe = catalog.resolve(name);
      out.printf("  %s  - %s%n      reward = %s%n", name, recipe.description(), formula(recipe));
    }
    for (String problem : registry.problems()) {
      spec.commandLine().getErr().println("rlvr: a plug-in failed to load: " + problem);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String formula(Recipe recipe) {
    StringBuilder sb = new StringBuilder();
    for (Recipe.Component c : recipe.components()) {
      if (!sb.isEmpty()) {
        sb.append(" + ");
      }
      sb.append(c.weight()).append(" * ").append(c.name()).append('[').append(c.grader()).append(']');
      if (c.gate() != null) {
        sb.append(" if ").append(c.gate().component()).append(" >= ").append(c.gate().minScore());
      }
    }
    return sb.toString();
  }
}
