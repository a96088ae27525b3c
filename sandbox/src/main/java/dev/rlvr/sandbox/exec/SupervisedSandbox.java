package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import dev.rlvr.sandbox.toolchain.Toolchain;
import dev.rlvr.sandbox.toolchain.Toolchains;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * What the bwrap and process backends share: compile through the cache, start every run under
 * rlvr-init with a uid of its own, rlimits and (where the kernel lets us) a fresh cgroup, read
 * the report and classify. A backend only says how the supervised command is confined.
 */
public abstract class SupervisedSandbox implements Sandbox {

  /** Threads the JVM and node start on their own, on top of the program's process limit. */
  private static final int MANAGED_RUNTIME_THREADS = 48;
  /** sh, bwrap and its init, rlvr-init: members of the cgroup that are not the program. */
  private static final int LAUNCHER_PROCESSES = 4;

  private final Toolchains toolchains;
  private final RunDirectories directories;
  private final CompileCache compileCache;
  private final Supervisor supervisor;
  private final UidPool uids;
  private final Cgroups cgroups;
  private final String cgroupDescription;
  private final Semaphore parallel;
  private final Limits compileLimits;
  private final PrecompiledHeaders precompiledHeaders;
  /** Removes scratch files and cgroups if the JVM exits without closing the sandbox. */
  private final Thread cleanupAtExit = new Thread(this::release, "rlvr-sandbox-cleanup");

  protected SupervisedSandbox(SandboxSettings settings) throws IOException {
    this.toolchains = settings.toolchains();
    this.directories = new RunDirectories(settings.cacheRoot());
    this.compileCache = new CompileCache(directories.instance().resolve("artifacts"), settings.compileCacheEntries());
    this.supervisor = Supervisor.build(directories.cacheRoot());
    this.uids = RootCheck.isRoot() ? UidPool.forThisProcess() : null;
    Cgroups.Availability availability = settings.useCgroups() ? Cgroups.detect()
        : new Cgroups.Availability(Optional.empty(), "cgroups turned off");
    this.cgroups = availability.cgroups().orElse(null);
    this.cgroupDescription = availability.description();
    this.parallel = new Semaphore(settings.maxParallel(), true);
    this.compileLimits = settings.compileLimits();
    this.precompiledHeaders = new PrecompiledHeaders(directories.cacheRoot());
    Runtime.getRuntime().addShutdownHook(cleanupAtExit);
  }

  /** Where the run's files appear to the program. */
  protected abstract SandboxPaths paths(LaunchPlan plan, Path init);

  /** The host command that confines the supervised command line. */
  protected abstract List<String> confine(LaunchPlan plan, SandboxPaths paths, Path init, List<String> supervised);

  /** Ends a confined process and everything it started. */
  protected abstract void kill(Process process);

  /** Prepares host-side files a backend needs before launch (the process backend copies sources). */
  protected void prepareHost(LaunchPlan plan) throws IOException {
  }

  @Override
  public boolean supports(Language language) {
    return toolchains.find(language).isPresent();
  }

  public Toolchains toolchains() {
    return toolchains;
  }

  public CompileCache compileCache() {
    return compileCache;
  }

  /** A sentence on how memory and processes are capped here (for rlvr doctor). */
  public String cgroupDescription() {
    return cgroupDescription;
  }

  /** A private directory of this instance for helper files (the warm worker's script). */
  public Path scratchDirectory() {
    return directories.instance();
  }

  public boolean dropsPrivileges() {
    return uids != null;
  }

  @Override
  public Execution run(Program program, Input input, Limits limits) {
    long started = System.nanoTime();
    Optional<Toolchain> toolchain = toolchains.find(program.language());
    if (toolchain.isEmpty()) {
      return Execution.sandboxError("no toolchain for " + program.language().id() + ": "
          + toolchains.problem(program.language()), Duration.ZERO);
    }
    try {
      Path artifact = null;
      if (program.language().compiled()) {
        CompileCache.Outcome outcome = compileCache.get(CompileKeys.of(toolchain.get(), program),
            out -> compile(toolchain.get(), program, out));
        if (outcome instanceof CompileCache.Failure failure) {
          return Execution.compileError(failure.compilation());
        }
        artifact = ((CompileCache.Artifact) outcome).directory();
      }
      return execute(toolchain.get(), program, input, limits, artifact);
    } catch (IOException | RuntimeException e) {
      return Execution.sandboxError(name() + " sandbox failed: " + e, Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private Execution compile(Toolchain toolchain, Program program, Path out) throws IOException {
    Limits limits = compileLimits;
    Path runDir = directories.newRun();
    try {
      List<Path> roots = new ArrayList<>(toolchain.roots());
      Optional<Path> pch = program.language() == Language.CPP && PrecompiledHeaders.wanted(program.source())
          ? precompiledHeaders.includeDirectory(toolchain) : Optional.empty();
      pch.ifPresent(roots::add);
      LaunchPlan plan = new LaunchPlan(runDir, RunFiles.sources(runDir, program), null, out, roots, limits);
      String include = pch.map(Path::toString).orElse(null);
      Execution compilation = launch(plan, paths -> LanguageCommands.compile(toolchain, program, paths.work(),
          paths.out(), include), Input.EMPTY, LanguageCommands.compilerAddressSpaceLimited(program.language()),
          program.language() == Language.JAVA);
      if (compilation.ok() && program.language() != Language.JAVA && !Files.exists(out.resolve("main"))) {
        return new Execution(Status.COMPILE_ERROR, compilation.exitCode(), 0, compilation.stdout(),
            compilation.stderr(), compilation.wallTime(), compilation.cpuTime(),
            compilation.peakMemoryBytes(), "the compiler wrote no binary");
      }
      return compilation.ok() ? compilation : new Execution(compilation.status() == Status.RUNTIME_ERROR
          ? Status.COMPILE_ERROR : compilation.status(), compilation.exitCode(), compilation.signal(),
          compilation.stdout(), compilation.stderr(), compilation.wallTime(), compilation.cpuTime(),
          compilation.peakMemoryBytes(), compilation.message());
    } finally {
      RunDirectories.deleteTree(runDir);
    }
  }

  private Execution execute(Toolchain toolchain, Program program, Input input, Limits limits, Path artifact)
      throws IOException {
    Path runDir = directories.newRun();
    try {
      Map<String, Path> sources = program.language().compiled() ? RunFiles.extraFiles(runDir, program)
          : RunFiles.sources(runDir, program);
      sources.putAll(RunFiles.inputFiles(runDir, input));
      LaunchPlan plan = new LaunchPlan(runDir, sources, artifact, null, toolchain.roots(), limits);
      boolean managed = !LanguageCommands.addressSpaceLimited(program.language());
      return launch(plan, paths -> LanguageCommands.run(toolchain, program, limits, paths.work(),
          paths.artifact(), input.args()), input, !managed, managed);
    } finally {
      RunDirectories.deleteTree(runDir);
    }
  }

  /**
   * Starts a long-lived confined process with pipes to it (the warm Python worker). It runs under
   * rlvr-init without a uid switch of its own: it is trusted code, and it hands the uid it owns
   * to every child it forks for untrusted code.
   *
   * @param files files for its work directory
   * @param toolRoots tool installs to expose
   * @param limits its sandbox: tmpfs size, cgroup memory and processes
   * @param command its command line, given the paths as it sees them
   */
  public ConfinedService startService(Map<String, Path> files, List<Path> toolRoots, Limits limits,
      java.util.function.Function<SandboxPaths, List<String>> command) throws IOException {
    Path runDir = directories.newRun();
    LaunchPlan plan = new LaunchPlan(runDir, files, null, null, toolRoots, limits);
    Files.createDirectories(plan.stdinFile().getParent());
    RunDirectories.createSecret(plan.reportFile().getParent());
    prepareHost(plan);
    Path init = supervisor.binary();
    SandboxPaths paths = paths(plan, init);
    int uid = -1;
    Cgroups.Group group = null;
    try {
      uid = uids == null ? -1 : uids.acquire();
      List<String> supervised = new ArrayList<>(List.of(paths.init(), "-p", Integer.toString(limits.processes()),
          "-f", Long.toString(limits.fileSizeBytes()), "-n", "256", "-s", Long.toString(SupervisorArgs.STACK_BYTES),
          "-r", paths.report(), "-d", paths.work(), "--"));
      supervised.addAll(command.apply(paths));
      List<String> host = confine(plan, paths, init, supervised);
      if (argumentsOnStdin()) {
        // As in launch(), bwrap's options (host paths, our pid) must not show in /proc/1/cmdline; the
        // service's stdin carries its requests, so the options come from a file on fd 3 instead.
        int commandAt = host.size() - supervised.size() - 1;
        Path options = runDir.resolve("launcher-options");
        Files.write(options, LauncherCommands.nulSeparated(host.subList(1, commandAt)));
        host = LauncherCommands.concat(List.of("/bin/sh", "-c", "exec \"$@\" 3<\"$0\"", options.toString(),
            host.get(0), "--args", "3"), host.subList(commandAt, host.size()));
      }
      if (cgroups != null) {
        group = cgroups.create(limits.memoryBytes(), limits.processes() + LAUNCHER_PROCESSES);
        host = LauncherCommands.joinCgroup(group, host);
      }
      ProcessBuilder builder = new ProcessBuilder(host).directory(runDir.toFile());
      builder.environment().clear();
      builder.environment().putAll(environment(paths));
      Process process = ServiceLauncher.start(builder);
      return new ConfinedService(process, uid, paths, runDir, group, this::kill, uids);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cleanUp(uid, group, runDir);
      throw new IOException("interrupted while starting a worker", e);
    } catch (IOException | RuntimeException e) {
      cleanUp(uid, group, runDir);
      throw e;
    }
  }

  private void cleanUp(int uid, Cgroups.Group group, Path runDir) {
    if (group != null) {
      group.close();
    }
    if (uid >= 0) {
      uids.release(uid);
    }
    RunDirectories.deleteTree(runDir);
  }

  /** Whether a sweep by the run's uid is safe: it owns that uid, or the pid namespace bounds kill(-1). */
  public boolean canSweepByUid() {
    return uids != null || hasOwnPidNamespace();
  }

  /** Whether runs have a /tmp (and /dev/shm) of their own that a worker may empty between tests. */
  public boolean hasPrivateTmp() {
    return hasOwnPidNamespace();
  }

  /** Whether the backend gives each run its own pid namespace. */
  protected boolean hasOwnPidNamespace() {
    return false;
  }

  /**
   * Starts the supervised command confined by the backend, waits, and classifies the result.
   *
   * @param addressSpaceLimited whether RLIMIT_AS may hold the memory limit
   * @param managedRuntime whether the command is a JVM or node (more threads, heap overhead)
   */
  protected Execution launch(LaunchPlan plan, java.util.function.Function<SandboxPaths, List<String>> command,
      Input input, boolean addressSpaceLimited, boolean managedRuntime) throws IOException {
    Limits limits = plan.limits();
    Files.createDirectories(plan.stdinFile().getParent());
    Files.write(plan.stdinFile(), input.stdin());
    RunDirectories.createSecret(plan.reportFile().getParent());
    prepareHost(plan);
    Path init = supervisor.binary();
    SandboxPaths paths = paths(plan, init);
    int processes = limits.processes() + (managedRuntime ? MANAGED_RUNTIME_THREADS : 0);
    long memory = limits.memoryBytes() + (managedRuntime ? LanguageCommands.MANAGED_RUNTIME_OVERHEAD : 0);

    boolean permitTaken = false;
    int uid = -1;
    Cgroups.Group group = null;
    try {
      parallel.acquire();
      permitTaken = true;
      uid = uids == null ? -1 : uids.acquire();
      List<String> supervised = SupervisorArgs.of(paths.init(), paths, limits, uid, processes,
          addressSpaceLimited ? limits.memoryBytes() : 0, command.apply(paths));
      List<String> host = confine(plan, paths, init, supervised);
      if (cgroups != null) {
        group = cgroups.create(memory, processes + LAUNCHER_PROCESSES);
        host = LauncherCommands.joinCgroup(group, host);
      }
      Cgroups.Group finalGroup = group;
      // rlvr-init stops the program at the wall limit itself; the host's timer is the backstop.
      Duration hostDeadline = limits.wallTime().plusSeconds(2);
      byte[] launcherInput = null;
      if (argumentsOnStdin()) {
        // Inside the sandbox /proc/1/cmdline shows the launcher's arguments: host paths, our pid, the uid.
        // bwrap takes its options from the fd; the command (sandbox paths only) stays on the command line.
        int from = LauncherCommands.argumentsFrom(host);
        int commandAt = host.size() - supervised.size() - 1;
        launcherInput = LauncherCommands.nulSeparated(host.subList(from, commandAt));
        host = LauncherCommands.concat(host.subList(0, from), LauncherCommands.concat(List.of("--args", "0"), host.subList(commandAt, host.size())));
      }
      HostRun hostRun = HostProcess.run(host, launcherInput, environment(paths), plan.runDirectory(),
          limits.outputBytes(),
          hostDeadline, process -> {
            kill(process);
            if (finalGroup != null) {
              finalGroup.killAll();
            }
          });
      Optional<SupervisorReport> report = SupervisorReport.read(plan.reportFile());
      boolean oom = group != null && group.oomKilled();
      long peak = group == null ? 0 : group.peakBytes();
      return StatusClassifier.classify(hostRun, report, limits, oom, peak);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Execution.sandboxError("interrupted before the run started", Duration.ZERO);
    } finally {
      if (group != null) {
        group.close();
      }
      if (uid >= 0) {
        uids.release(uid);
      }
      if (permitTaken) {
        parallel.release();
      }
    }
  }

  /**
   * Whether the launcher (bwrap) reads its arguments from stdin ({@code --args 0}) instead of the
   * command line, which the sandbox can read back from /proc.
   */
  protected boolean argumentsOnStdin() {
    return false;
  }

  /** The whole environment of a run, built from nothing (no variable of the JVM's gets through). */
  protected Map<String, String> environment(SandboxPaths paths) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("LC_ALL", "C.UTF-8");
    env.put("HOME", paths.work());
    env.put("TMPDIR", "/tmp");
    // Same output every time: Python's str hashes (set and dict order of strings) are fixed.
    env.put("PYTHONHASHSEED", "0");
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    env.put("PYTHONIOENCODING", "utf-8");
    return env;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it does the same
    }
    release();
  }

  private synchronized void release() {
    directories.close();
    if (cgroups != null) {
      cgroups.close();
    }
  }
}
