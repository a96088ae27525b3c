package dev.rlvr.engine;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The built-in recipes (those the grader modules ship as resources) and recipes read from files.
 *
 * <pre>{@code
 * RecipeCatalog catalog = RecipeCatalog.of(registry);
 * Recipe recipe = catalog.resolve("format");          // built in
 * Recipe custom = catalog.resolve("my-recipe.yaml");  // a file
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecipeCatalog {
  private final Map<String, Recipe> builtIn;

  private RecipeCatalog(Map<String, Recipe> builtIn) {
    this.builtIn = builtIn;
  }

  /**
   * Collects the recipes every provider of a registry ships.
   *
   * @param registry the graders found
   * @return the catalog
   * @throws ConfigException when a shipped recipe is broken or two share a name
   */
  public static RecipeCatalog of(GraderRegistry registry) {
    Map<String, Recipe> recipes = new TreeMap<>();
    for (GraderProvider provider : registry.providers()) {
      for (String resource : provider.recipeResources()) {
        Recipe recipe = RecipeParser.parse(readResource(provider, resource), resource);
        Recipe previous = recipes.putIfAbsent(recipe.name(), recipe);
        if (previous != null && !previous.equals(recipe)) {
          throw new ConfigException("two different built-in recipes are named '" + recipe.name() + "'");
        }
      }
    }
    return new RecipeCatalog(recipes);
  }

  /**
   * The names of the built-in recipes, sorted.
   *
   * @return the names
   */
  public Set<String> names() {
    return builtIn.keySet();
  }

  /**
   * Finds a recipe: a path to a YAML or JSON file when one exists there, else a built-in name.
   *
   * @param nameOrPath a built-in recipe's name or a file path
   * @return the recipe
   * @throws ConfigException when it is neither, or the file is not a valid recipe
   */
  public Recipe resolve(String nameOrPath) {
    Path path = Path.of(nameOrPath);
    if (Files.isRegularFile(path)) {
      return fromFile(path);
    }
    Recipe recipe = builtIn.get(nameOrPath);
    if (recipe == null) {
      throw new ConfigException("unknown recipe '" + nameOrPath + "': not a file, and the built-in recipes are "
          + (builtIn.isEmpty() ? "none (no grader jars on the class path)" : String.join(", ", builtIn.keySet())));
    }
    return recipe;
  }

  /**
   * Reads a recipe file.
   *
   * @param path a YAML or JSON file
   * @return the recipe
   * @throws ConfigException when the file cannot be read or is not a valid recipe
   */
  public static Recipe fromFile(Path path) {
    try {
      return RecipeParser.parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read recipe file " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses recipe text.
   *
   * @param text YAML or JSON
   * @return the recipe
   * @throws ConfigException when the text is not a valid recipe
   */
  public static Recipe parse(String text) {
    return RecipeParser.parse(text, "(inline)");
  }

  private static String readResource(GraderProvider provider, String resource) {
    ClassLoader loader = provider.getClass().getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("grader '" + provider.name() + "' lists recipe resource "
            + resource + ", which its jar does not contain");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
