package dev.rlvr.spark;

import dev.rlvr.api.ConfigException;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A recipe as shipped to executors: a built-in name, or the text of a recipe file read on the
 * driver (executors may not see the driver's files). Also the key of {@link EngineHolder}.
 *
 * @param name the built-in name, or the file's path (for messages)
 * @param text the file's text; null for a built-in recipe
 */
record RecipeSpec(String name, String text) implements Serializable {

  /** Reads a recipe file now, on the driver, when {@code nameOrPath} is one. */
  static RecipeSpec of(String nameOrPath) {
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      return new RecipeSpec(nameOrPath, null);
    }
    try {
      return new RecipeSpec(nameOrPath, Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read recipe file " + path, e);
    }
  }

  /**
   * The recipe, checked against the graders found.
   *
   * @throws ConfigException when the name is unknown or the text is not a valid recipe
   */
  Recipe resolve(GraderRegistry registry) {
    return text == null ? RecipeCatalog.of(registry).resolve(name) : RecipeCatalog.parse(text);
  }
}
