package dev.rlvr.cli.serve;

import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine per (recipe, weights) that requests ask for, created on first use and kept.
 *
 * <p>Requests may name the server's own recipe or a built-in one, never a file: a URL must not
 * make the server read paths. The number of distinct engines is capped, since weights in URLs
 * could otherwise create engines without end.
 */
final class EngineCache implements AutoCloseable {
  static final int MAX_ENGINES = 64;

  private final GraderRegistry registry;
  private final RecipeCatalog catalog;
  private final Recipe serverRecipe;
  private final Map<String, RewardEngine> engines = new ConcurrentHashMap<>();

  EngineCache(GraderRegistry registry, Recipe serverRecipe) {
    this.registry = registry;
    this.catalog = RecipeCatalog.of(registry);
    this.serverRecipe = serverRecipe;
    engines.put(key(serverRecipe.name(), Map.of()), create(serverRecipe));
  }

  Recipe serverRecipe() {
    return serverRecipe;
  }

  /** The recipe names a request may ask for. */
  Set<String> recipeNames() {
    Set<String> names = new TreeSet<>(catalog.names());
    names.add(serverRecipe.name());
    return names;
  }

  /**
   * The engine for a recipe with some weights changed.
   *
   * @param recipeName a recipe name, or null for the server's recipe
   * @param weights component weights to change; empty for the recipe's own
   */
  RewardEngine engine(String recipeName, Map<String, Double> weights) throws RequestException {
    String name = recipeName == null ? serverRecipe.name() : recipeName;
    String key = key(name, weights);
    RewardEngine engine = engines.get(key);
    return engine != null ? engine : createFor(name, weights, key);
  }

  private synchronized RewardEngine createFor(String name, Map<String, Double> weights, String key)
      throws RequestException {
    RewardEngine existing = engines.get(key);
    if (existing != null) {
      return existing;
    }
    if (engines.size() >= MAX_ENGINES) {
      throw RequestException.badRequest("this server already holds " + MAX_ENGINES
          + " recipe/weight combinations; use fewer distinct weights");
    }
    Recipe base;
    if (name.equals(serverRecipe.name())) {
      base = serverRecipe;
    } else if (catalog.names().contains(name)) {
      base = catalog.resolve(name);
    } else {
      throw RequestException.badRequest("unknown recipe '" + name + "'; this server serves " + recipeNames());
    }
    try {
      RewardEngine engine = create(weights.isEmpty() ? base : base.withWeights(weights));
      engines.put(key, engine);
      return engine;
    } catch (IllegalArgumentException bad) { // ConfigException included
      throw RequestException.badRequest(bad.getMessage());
    }
  }

  private RewardEngine create(Recipe recipe) {
    // the engine's own record pool stays unused (threads start lazily): the server scores records
    // on its shared pool so that --threads bounds the work of all recipes together
    return RewardEngine.create(recipe, registry, new EngineOptions(1));
  }

  private static String key(String name, Map<String, Double> weights) {
    return name + " " + new TreeMap<>(weights);
  }

  @Override
  public void close() {
    engines.values().forEach(RewardEngine::close);
    engines.clear();
  }
}
