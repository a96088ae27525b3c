package dev.rlvr.engine;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graders found on a class path, by name. Built once and immutable; pass it to whatever
 * needs it rather than keeping it in a static.
 *
 * <p>A provider that fails to load (a broken plug-in jar) is skipped and listed in
 * {@link #problems()} instead of stopping everything else.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GraderRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(GraderRegistry.class);

  private final Map<String, GraderProvider> providers;
  private final List<String> problems;
  private final ClassLoader classLoader;

  private GraderRegistry(
      Map<String, GraderProvider> providers, List<String> problems, ClassLoader classLoader) {
    this.providers = providers;
    this.problems = List.copyOf(problems);
    this.classLoader = classLoader;
  }

  /**
   * Finds every {@link GraderProvider} registered on a class loader.
   *
   * @param loader where to look; never null
   * @return the registry
   * @throws ConfigException when two providers share a name
   */
  public static GraderRegistry load(ClassLoader loader) {
    Map<String, GraderProvider> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Iterator<GraderProvider> it = ServiceLoader.load(GraderProvider.class, loader).iterator();
    while (true) {
      GraderProvider provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError broken) {
        problems.add(broken.getMessage());
        LOG.warn("skipping a grader provider that failed to load: {}", broken.getMessage());
        continue;
      }
      register(found, provider);
    }
    LOG.info("graders found: {}", found.keySet());
    return new GraderRegistry(found, problems, loader);
  }

  /**
   * A registry of the given providers only (for tests and embedding).
   *
   * @param list the providers
   * @return the registry
   * @throws ConfigException when two providers share a name
   */
  public static GraderRegistry of(GraderProvider... list) {
    Map<String, GraderProvider> found = new TreeMap<>();
    for (GraderProvider provider : list) {
      register(found, provider);
    }
    return new GraderRegistry(found, List.of(), GraderRegistry.class.getClassLoader());
  }

  private static void register(Map<String, GraderProvider> found, GraderProvider provider) {
    String name = provider.name();
    if (name == null || name.isBlank()) {
      throw new ConfigException(
          "grader provider " + provider.getClass().getName() + " has no name");
    }
    GraderProvider previous = found.putIfAbsent(name, provider);
    if (previous != null) {
      throw new ConfigException("two graders are named '" + name + "': "
          + previous.getClass().getName() + " and " + provider.getClass().getName()
          + "; remove one of the jars from the class path");
    }
  }

  /**
   * Every provider, sorted by name.
   *
   * @return the providers; never null
   */
  public Collection<GraderProvider> providers() {
    return providers.values();
  }

  /**
   * The names of every grader, sorted.
   *
   * @return the names
   */
  public List<String> names() {
    return List.copyOf(providers.keySet());
  }

  /**
   * Looks a provider up by name.
   *
   * @param name the grader's name
   * @return the provider, or empty
   */
  public Optional<GraderProvider> find(String name) {
    return Optional.ofNullable(providers.get(name));
  }

  /**
   * Errors met while loading providers, one line each.
   *
   * @return the problems; empty when all loaded
   */
  public List<String> problems() {
    return problems;
  }

  /**
   * The class loader the providers came from; recipe resources are read through it.
   *
   * @return the class loader
   */
  public ClassLoader classLoader() {
    return classLoader;
  }

  /**
   * Creates a grader after checking its options against what the provider declares.
   *
   * @param name the grader's name
   * @param options the recipe's options for it
   * @return the grader
   * @throws ConfigException when the grader is unknown or an option is not accepted
   */
  public Grader create(String name, Map<String, Object> options) {
    GraderProvider provider = find(name).orElseThrow(() -> new ConfigException(
        "no grader named '" + name + "' on the class path; available: " + String.join(", ", names())));
    GraderConfig config = new GraderConfig(name, options);
    config.requireDeclared(provider.options());
    Grader grader = provider.create(config);
    if (grader == null) {
      throw new ConfigException("grader provider '" + name + "' returned no grader");
    }
    return grader;
  }
}
