package dev.rlvr.cli;

import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import picocli.CommandLine.Option;

/** The {@code --recipe} option of the commands that grade. */
final class RecipeOption {
  @Option(names = {"-r", "--recipe"}, required = true, paramLabel = "<name|file>",
      description = "A built-in recipe (see `rlvr graders`) or a recipe file (YAML or JSON).")
  String nameOrPath;

  /** The recipe named, checked against the graders found. */
  Recipe resolve(GraderRegistry registry) {
    return RecipeCatalog.of(registry).resolve(nameOrPath);
  }
}
