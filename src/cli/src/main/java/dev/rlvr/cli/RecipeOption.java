package dev.rlvr.cli;

import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --recipe} option of the commands that grade, and {@code --weight} to reweigh its
 * components. Public for {@code rlvr serve}, whose URLs take the same weights.
 */
public final class RecipeOption {
  @Option(names = {"-r", "--recipe"}, required = true, paramLabel = "<name|file>",
      description = "A built-in recipe (see `rlvr graders`) or a recipe file (YAML or JSON).")
  String nameOrPath;

  @Option(names = "--weight", paramLabel = "<component=w>",
      description = "Change one component's weight (repeatable), e.g. --weight language=0.1.")
  List<String> weights = List.of();

  /** The recipe named, checked against the graders found, with any weights changed. */
  public Recipe resolve(GraderRegistry registry) {
    Recipe recipe = RecipeCatalog.of(registry).resolve(nameOrPath);
    return weights.isEmpty() ? recipe : recipe.withWeights(parseWeights(weights));
  }

  /**
   * Reads {@code component=weight} items.
   *
   * @param items the items, in order
   * @return component to weight, in order
   * @throws IllegalArgumentException when an item is malformed
   */
  public static Map<String, Double> parseWeights(List<String> items) {
    Map<String, Double> parsed = new LinkedHashMap<>();
    for (String item : items) {
      int equals = item.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("--weight takes component=weight, got '" + item + "'");
      }
      String value = item.substring(equals + 1).strip();
      try {
        parsed.put(item.substring(0, equals).strip(), Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--weight " + item + ": '" + value + "' is not a number");
      }
    }
    return parsed;
  }
}
