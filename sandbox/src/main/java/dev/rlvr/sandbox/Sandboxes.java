package dev.rlvr.sandbox;

import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import dev.rlvr.sandbox.docker.DockerSandbox;
import dev.rlvr.sandbox.exec.SandboxSettings;
import dev.rlvr.sandbox.exec.SupervisedSandbox;
import dev.rlvr.sandbox.graal.GraalSandbox;
import dev.rlvr.sandbox.process.ProcessSandbox;
import dev.rlvr.sandbox.warm.WarmPythonSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Creates sandboxes by backend name. {@code auto} is bubblewrap: the process backend never gets
 * chosen behind a user's back, because it does not isolate anything.
 */
public final class Sandboxes {

  /** Backend names, in the order {@code rlvr doctor} reports them. */
  public static final List<String> BACKENDS = List.of("bwrap", "process", "docker", "graal");

  private Sandboxes() {
  }

  /** The default sandbox: bwrap with default settings and the warm Python path. */
  public static Sandbox createDefault() {
    return create("auto", SandboxSettings.defaults(), true);
  }

  /**
   * @param backend auto, bwrap, process, docker or graal
   * @param settings cache directory, toolchains, parallelism
   * @param warmPython whether Python runs go through pre-started forking workers (bwrap and process)
   * @throws IllegalArgumentException for an unknown backend name
   * @throws UncheckedIOException when the backend cannot start here, with the reason
   */
  public static Sandbox create(String backend, SandboxSettings settings, boolean warmPython) {
    String name = backend == null ? "auto" : backend.strip().toLowerCase(Locale.ROOT);
    try {
      return switch (name) {
        case "auto", "bwrap" -> warm(BwrapSandbox.create(settings), settings, warmPython);
        case "process" -> warm(new ProcessSandbox(settings), settings, warmPython);
        case "docker" -> DockerSandbox.create(settings);
        case "graal" -> graal();
        default -> throw new IllegalArgumentException("unknown sandbox backend '" + backend
            + "': use one of auto, " + String.join(", ", BACKENDS));
      };
    } catch (IOException e) {
      throw new UncheckedIOException("sandbox backend '" + name + "' cannot start: " + e.getMessage(), e);
    }
  }

  /** GraalVM is an optional dependency: say what is missing instead of failing to link. */
  private static Sandbox graal() throws IOException {
    try {
      Class.forName("org.graalvm.polyglot.Engine", false, Sandboxes.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IOException("GraalVM Polyglot is not on the class path: add org.graalvm.polyglot:polyglot and "
          + "org.graalvm.polyglot:js-community (type pom), version 25.0.3 (the rlvr CLI ships them)");
    }
    return new GraalSandbox();
  }

  private static Sandbox warm(SupervisedSandbox cold, SandboxSettings settings, boolean warmPython)
      throws IOException {
    return warmPython ? new WarmPythonSandbox(cold, settings.maxParallel(),
        cold.scratchDirectory().resolve("warm")) : cold;
  }
}
