package dev.rlvr.sandbox.bwrap;

import dev.rlvr.sandbox.exec.LaunchPlan;
import dev.rlvr.sandbox.exec.RootCheck;
import dev.rlvr.sandbox.exec.SandboxPaths;
import dev.rlvr.sandbox.exec.SandboxSettings;
import dev.rlvr.sandbox.exec.SupervisedSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default backend on Linux: every run in a bubblewrap sandbox with its own pid, network, ipc
 * and uts namespaces (no network device but a downed loopback), the system directories read-only,
 * a size-capped tmpfs as work dir and /tmp, no /etc beyond what the dynamic linker reads, and
 * rlvr-init as the first process dropping the program to a uid of its own. Killing bwrap kills
 * the namespace's init and with it every process of the run.
 */
public final class BwrapSandbox extends SupervisedSandbox {

  private static final String WORK = "/work";
  private static final String ARTIFACT = "/artifact";
  private static final String OUT = "/out";
  private static final String INIT = "/.rlvr/init";
  private static final String META = "/.rlvr/meta";
  private static final String IN = "/.rlvr/in";

  /** System paths exposed read-only when present; /etc is limited to what loaders and runtimes read. */
  private static final List<String> SYSTEM_PATHS = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
      "/libx32", "/etc/alternatives", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
      "/etc/localtime", "/etc/ssl/openssl.cnf", "/etc/java-17-openjdk", "/etc/java-21-openjdk", "/etc/java-25-openjdk");

  private final Path bwrap;
  private final boolean root;

  private BwrapSandbox(SandboxSettings settings, Path bwrap) throws IOException {
    super(settings);
    this.bwrap = bwrap;
    this.root = RootCheck.isRoot();
  }

  /** A bwrap sandbox, or empty with the reason when bubblewrap is not installed or cannot run. */
  public static BwrapSandbox create(SandboxSettings settings) throws IOException {
    Path binary = locate().orElseThrow(() -> new IOException(
        "bubblewrap (bwrap) is not installed: apt-get install -y bubblewrap"));
    return new BwrapSandbox(settings, binary);
  }

  private static volatile Optional<String> unusable;

  /**
   * Why bubblewrap cannot sandbox anything here, or empty when it can: it must be installed and
   * able to create namespaces (a locked-down container may forbid that). Probed once.
   */
  public static Optional<String> unusableReason() {
    Optional<String> known = unusable;
    if (known == null) {
      known = probe();
      unusable = known;
    }
    return known;
  }

  private static Optional<String> probe() {
    Optional<Path> binary = locate();
    if (binary.isEmpty()) {
      return Optional.of("bubblewrap is not installed: apt-get install -y bubblewrap");
    }
    List<String> command = new ArrayList<>(List.of(binary.get().toString()));
    if (!RootCheck.isRoot()) {
      command.add("--unshare-user");
    }
    command.addAll(List.of("--unshare-pid", "--unshare-net", "--ro-bind", "/", "/", "--proc", "/proc", "--",
        "/bin/true"));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.of("bubblewrap did not start a sandbox within 20 s");
      }
      return process.exitValue() == 0 ? Optional.empty()
          : Optional.of("bubblewrap cannot create namespaces here: " + output.strip().lines().findFirst().orElse(""));
    } catch (IOException e) {
      return Optional.of("bubblewrap does not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while probing bubblewrap");
    }
  }

  /** Where bwrap is, if installed. */
  public static Optional<Path> locate() {
    for (String dir : List.of("/usr/bin", "/usr/local/bin", "/bin")) {
      Path candidate = Path.of(dir, "bwrap");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Override
  public String name() {
    return "bwrap";
  }

  @Override
  protected SandboxPaths paths(LaunchPlan plan, Path init) {
    return new SandboxPaths(WORK, ARTIFACT, OUT, INIT, META + "/report", IN + "/stdin");
  }

  @Override
  protected List<String> confine(LaunchPlan plan, SandboxPaths paths, Path init, List<String> supervised) {
    List<String> line = new ArrayList<>();
    line.add(bwrap.toString());
    if (!root) {
      // Without root, a user namespace is what lets bwrap mount; rlvr-init then cannot switch uid.
      line.add("--unshare-user");
    } else {
      // rlvr-init and the warm worker need these to hand a uid to the program; the program keeps none.
      line.addAll(List.of("--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
          "--cap-add", "CAP_CHOWN", "--cap-add", "CAP_DAC_OVERRIDE", "--cap-add", "CAP_FOWNER",
          "--cap-add", "CAP_KILL"));
    }
    line.addAll(List.of("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
        "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--hostname", "sandbox"));
    // bwrap creates missing parents as 0700: the program's uid could not reach what /etc holds.
    line.addAll(List.of("--perms", "0755", "--dir", "/etc", "--perms", "0755", "--dir", "/etc/ssl"));
    for (String system : SYSTEM_PATHS) {
      Path path = Path.of(system);
      if (Files.isSymbolicLink(path)) {
        try {
          line.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), system));
        } catch (IOException e) {
          // unreadable link: leave it out
        }
      } else if (Files.exists(path)) {
        line.addAll(List.of("--ro-bind", system, system));
      }
    }
    line.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
    long tmpfsBytes = plan.limits().fileSizeBytes();
    line.addAll(List.of("--perms", "0777", "--size", Long.toString(tmpfsBytes), "--tmpfs", WORK));
    line.addAll(List.of("--perms", "1777", "--size", Long.toString(tmpfsBytes), "--tmpfs", "/tmp"));
    // After the tmpfs mounts, so that a tool under /tmp (a precompiled header in the cache) stays visible.
    for (Path root : plan.toolRoots()) {
      // bwrap would create the missing parents as 0700, out of reach of the program's uid: make them, top down.
      List<String> parents = new ArrayList<>();
      for (Path parent = root.getParent(); parent != null && parent.getParent() != null; parent = parent.getParent()) {
        if (!List.of("/tmp", WORK).contains(parent.toString()) && !SYSTEM_PATHS.contains(parent.toString())) {
          parents.add(0, parent.toString());
        }
      }
      for (String parent : parents) {
        line.addAll(List.of("--perms", "0755", "--dir", parent));
      }
      line.addAll(List.of("--ro-bind", root.toString(), root.toString()));
    }
    for (Map.Entry<String, Path> file : plan.sourceFiles().entrySet()) {
      line.addAll(List.of("--ro-bind", file.getValue().toString(), WORK + "/" + file.getKey()));
    }
    if (plan.artifactDirectory() != null) {
      line.addAll(List.of("--ro-bind", plan.artifactDirectory().toString(), ARTIFACT));
    }
    if (plan.outputDirectory() != null) {
      line.addAll(List.of("--bind", plan.outputDirectory().toString(), OUT));
    }
    line.addAll(List.of("--ro-bind", init.toString(), INIT));
    line.addAll(List.of("--ro-bind", plan.stdinFile().getParent().toString(), IN));
    line.addAll(List.of("--bind", plan.reportFile().getParent().toString(), META));
    line.addAll(List.of("--chdir", WORK, "--"));
    line.addAll(supervised);
    return line;
  }

  @Override
  protected boolean argumentsOnStdin() {
    return true;
  }

  @Override
  protected boolean hasOwnPidNamespace() {
    return true;
  }

  @Override
  protected void kill(Process process) {
    // bwrap's init dies with it (--die-with-parent), and with the init the whole pid namespace.
    process.destroyForcibly();
  }
}
