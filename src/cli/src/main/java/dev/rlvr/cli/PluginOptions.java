package dev.rlvr.cli;

import dev.rlvr.engine.GraderRegistry;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The plug-in path shared by every command: jars (or folders of jars) given with
 * {@code --plugins} or in the {@code RLVR_PLUGINS} environment variable are searched for
 * grader providers beside the built-in ones. Public for {@code rlvr serve}.
 */
public final class PluginOptions {
  static final String ENV = "RLVR_PLUGINS";

  @Option(
      names = "--plugins",
      paramLabel = "<path>",
      split = ":",
      description = "Plug-in jars or folders of jars (repeatable, or ':'-separated); "
          + "added to those in $" + ENV + ".")
  List<Path> plugins = new ArrayList<>();

  /**
   * The registry of built-in graders plus those of the plug-in path.
   *
   * @return the registry
   */
  public GraderRegistry registry() {
    List<Path> all = new ArrayList<>(fromEnvironment());
    all.addAll(plugins);
    List<URL> jars = new ArrayList<>();
    for (Path p : all) {
      jars.addAll(jarsAt(p));
    }
    ClassLoader parent = PluginOptions.class.getClassLoader();
    ClassLoader loader = jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(URL[]::new), parent);
    return GraderRegistry.load(loader);
  }

  private static List<Path> fromEnvironment() {
    String value = System.getenv(ENV);
    List<Path> paths = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          paths.add(Path.of(part.trim()));
        }
      }
    }
    return paths;
  }

  private static List<URL> jarsAt(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("plug-in path " + path + " does not exist");
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> entries = Files.list(path)) {
        return entries.filter(p -> p.toString().endsWith(".jar")).sorted().map(PluginOptions::url).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.of(url(path));
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("bad plug-in path " + path, e);
    }
  }
}
