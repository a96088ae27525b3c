package dev.rlvr.sandbox.toolchain;

import dev.rlvr.sandbox.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the compilers and interpreters of this machine, once per language, and says why one is
 * missing. Interpreter shims (pyenv, asdf) are skipped for the real binary: a shim costs ~360 ms
 * a start and needs a home directory that a sandbox does not have.
 */
public final class Toolchains {

  private final Map<Language, Optional<Toolchain>> found = new EnumMap<>(Language.class);
  private final Map<Language, String> problems = new EnumMap<>(Language.class);
  private final Map<Language, Path> overrides;

  private static final Toolchains SYSTEM = new Toolchains();

  public Toolchains() {
    this(Map.of());
  }

  /** The machine's own toolchains, found once per JVM (finding them runs every tool's --version). */
  public static Toolchains system() {
    return SYSTEM;
  }

  /** @param overrides an executable per language to use instead of searching (python3, g++, java...) */
  public Toolchains(Map<Language, Path> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** The toolchain for a language, or empty with {@link #problem} saying why. */
  public synchronized Optional<Toolchain> find(Language language) {
    return found.computeIfAbsent(language, this::detect);
  }

  /** Why {@link #find} came back empty. */
  public synchronized String problem(Language language) {
    find(language);
    return problems.getOrDefault(language, "");
  }

  private Optional<Toolchain> detect(Language language) {
    try {
      return switch (language) {
        case PYTHON -> python();
        case C -> native_(language, "gcc");
        case CPP -> native_(language, "g++");
        case JAVA -> java();
        case JAVASCRIPT -> node();
      };
    } catch (RuntimeException e) {
      problems.put(language, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Toolchain> python() {
    List<Path> candidates = new ArrayList<>();
    override(Language.PYTHON).ifPresent(candidates::add);
    candidates.add(Path.of("/usr/bin/python3"));
    candidates.add(Path.of("/usr/local/bin/python3"));
    onPath("python3").ifPresent(candidates::add);
    for (Path candidate : candidates) {
      Optional<Path> real = realExecutable(candidate);
      if (real.isPresent() && !isScript(real.get())) {
        Path binary = real.get();
        return Optional.of(new Toolchain(Language.PYTHON, null, binary, version(binary, "--version"),
            rootsOutsideUsr(binary)));
      }
    }
    return missing(Language.PYTHON, "no python3 interpreter binary found (shims are skipped)");
  }

  private Optional<Toolchain> native_(Language language, String name) {
    Optional<Path> compiler = override(language).or(() -> onPath(name)).flatMap(Toolchains::realExecutable);
    if (compiler.isEmpty()) {
      return missing(language, name + " not found on PATH");
    }
    Path path = compiler.get();
    return Optional.of(new Toolchain(language, path, null, version(path, "--version"), rootsOutsideUsr(path)));
  }

  private Optional<Toolchain> java() {
    Path home = override(Language.JAVA).map(java -> java.toAbsolutePath().getParent().getParent())
        .orElse(Path.of(System.getProperty("java.home")));
    Path javac = home.resolve("bin/javac");
    if (!Files.isExecutable(javac)) {
      Optional<Path> onPath = onPath("javac").flatMap(Toolchains::realExecutable);
      if (onPath.isEmpty()) {
        return missing(Language.JAVA, "no javac in " + home + " nor on PATH (a JRE cannot compile)");
      }
      home = onPath.get().getParent().getParent();
      javac = onPath.get();
    }
    Path java = home.resolve("bin/java");
    if (!Files.isExecutable(java)) {
      return missing(Language.JAVA, "no java next to " + javac);
    }
    return Optional.of(new Toolchain(Language.JAVA, javac, java, version(java, "-version"),
        rootsOutsideUsr(home.resolve("bin/java"))));
  }

  private Optional<Toolchain> node() {
    Optional<Path> node = override(Language.JAVASCRIPT).or(() -> onPath("node")).or(() -> onPath("nodejs"))
        .flatMap(Toolchains::realExecutable);
    if (node.isEmpty()) {
      return missing(Language.JAVASCRIPT, "node not found on PATH");
    }
    return Optional.of(new Toolchain(Language.JAVASCRIPT, null, node.get(), version(node.get(), "--version"),
        rootsOutsideUsr(node.get())));
  }

  private Optional<Toolchain> missing(Language language, String why) {
    problems.put(language, why);
    return Optional.empty();
  }

  private Optional<Path> override(Language language) {
    return Optional.ofNullable(overrides.get(language));
  }

  static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (String dir : path.split(":")) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Optional<Path> realExecutable(Path candidate) {
    try {
      Path real = candidate.toRealPath();
      return Files.isExecutable(real) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A shell or Python script pretending to be an interpreter (pyenv and asdf shims are). */
  static boolean isScript(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && head[0] == '#' && head[1] == '!';
    } catch (IOException e) {
      return true;
    }
  }

  /** The install prefix of a tool that lives outside /usr (a pyenv version, a JDK in /opt). */
  static List<Path> rootsOutsideUsr(Path executable) {
    if (executable.startsWith("/usr") || executable.startsWith("/bin") || executable.startsWith("/sbin")) {
      return List.of();
    }
    Path bin = executable.getParent();
    Path prefix = bin.getParent() == null ? bin : bin.getParent();
    return List.of(prefix);
  }

  /** The first line the tool prints about its version; tools print it on stdout or stderr. */
  static String version(Path tool, String flag) {
    try {
      Process process = new ProcessBuilder(tool.toString(), flag).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readNBytes(4096);
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " " + flag + " did not answer within 20 s");
      }
      String text = new String(out, StandardCharsets.UTF_8).strip();
      String first = text.isEmpty() ? "unknown" : text.lines().findFirst().orElse("unknown");
      return first.strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + tool + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking " + tool + " for its version", e);
    }
  }
}
