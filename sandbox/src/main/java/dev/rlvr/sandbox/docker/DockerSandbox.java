package dev.rlvr.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.exec.CompileCache;
import dev.rlvr.sandbox.exec.CompileKeys;
import dev.rlvr.sandbox.exec.RunDirectories;
import dev.rlvr.sandbox.exec.SandboxPaths;
import dev.rlvr.sandbox.exec.SandboxSettings;
import dev.rlvr.sandbox.exec.UidPool;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import dev.rlvr.sandbox.toolchain.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs programs in containers of a Docker engine: a pool of long-lived worker containers (no
 * network, no swap, pids and CPU caps, read-only root, size-capped tmpfs, every capability
 * dropped but the few rlvr-init needs), each run an exec of rlvr-init in one of them under the
 * worker's own uid. Compiled languages compile once per (source, image, flags) into the host's
 * compile cache and the artifact is staged into every run that needs it.
 */
public final class DockerSandbox implements Sandbox {

  private static final Logger LOG = LoggerFactory.getLogger(DockerSandbox.class);
  private static final Duration PING_INTERVAL = Duration.ofSeconds(10);

  private final DockerClient client;
  private final DockerSettings settings;
  private final String imageId;
  private final RunDirectories directories;
  private final CompileCache compileCache;
  private final Limits compileLimits;
  private final BlockingQueue<WorkerContainer> idle;
  private final List<WorkerContainer> workers = new ArrayList<>();
  private final AtomicLong runs = new AtomicLong();
  private volatile long lastPing;
  private volatile boolean reachable = true;

  private DockerSandbox(DockerClient client, DockerSettings settings, String imageId, SandboxSettings sandbox)
      throws IOException {
    this.client = client;
    this.settings = settings;
    this.imageId = imageId;
    this.directories = new RunDirectories(sandbox.cacheRoot());
    this.compileCache = new CompileCache(directories.instance().resolve("artifacts"), sandbox.compileCacheEntries());
    this.compileLimits = sandbox.compileLimits();
    this.idle = new ArrayBlockingQueue<>(settings.workers());
    UidPool uids = UidPool.forThisProcess();
    try {
      for (int i = 0; i < settings.workers(); i++) {
        WorkerContainer worker = new WorkerContainer(client, settings, uids.acquire());
        workers.add(worker);
        idle.add(worker);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while setting up docker workers", e);
    }
    this.lastPing = System.nanoTime();
  }

  /** A sandbox on the engine at DOCKER_HOST (else the local socket), one worker per parallel run. */
  public static DockerSandbox create(SandboxSettings settings) throws IOException {
    return create(settings, DockerSettings.defaults(settings.maxParallel()));
  }

  /**
   * @throws IOException "no Docker engine at HOST: why" when the engine does not answer, or why
   *     the sandbox image cannot be used
   */
  public static DockerSandbox create(SandboxSettings settings, DockerSettings docker) throws IOException {
    DockerClient client = DockerEngine.connect(docker);
    try {
      return new DockerSandbox(client, docker, DockerEngine.imageId(client, docker), settings);
    } catch (IOException | RuntimeException e) {
      DockerEngine.close(client);
      throw e;
    }
  }

  @Override
  public String name() {
    return "docker";
  }

  /** Every language of the image, while its engine answers (asked at most every ten seconds). */
  @Override
  public boolean supports(Language language) {
    long now = System.nanoTime();
    if (now - lastPing > PING_INTERVAL.toNanos()) {
      reachable = DockerEngine.pingProblem(client).isEmpty();
      lastPing = now;
    }
    return reachable;
  }

  public CompileCache compileCache() {
    return compileCache;
  }

  @Override
  public Execution run(Program program, Input input, Limits limits) {
    long started = System.nanoTime();
    Toolchain toolchain = ImageToolchains.of(program.language(), imageId);
    try {
      Path artifact = null;
      if (program.language().compiled()) {
        CompileCache.Outcome outcome = compileCache.get("docker-" + CompileKeys.of(toolchain, program),
            out -> compile(toolchain, program, out));
        if (outcome instanceof CompileCache.Failure failure) {
          return Execution.compileError(failure.compilation());
        }
        artifact = ((CompileCache.Artifact) outcome).directory();
      }
      Path finalArtifact = artifact;
      return onWorker(limits, (worker, layout) -> {
        Map<String, byte[]> sources = sources(program, !program.language().compiled());
        input.files().forEach((name, text) -> sources.put(name, text.getBytes(StandardCharsets.UTF_8)));
        byte[] staging = RunArchive.stage(layout, sources, input.stdin(), finalArtifact, false);
        boolean managed = !LanguageCommands.addressSpaceLimited(program.language());
        SandboxPaths paths = layout.paths();
        List<String> command = LanguageCommands.run(toolchain, program, limits, paths.work(),
            paths.artifact(), input.args());
        List<String> supervised = layout.supervised(worker.uid(), limits, processes(limits, managed),
            managed ? 0 : limits.memoryBytes(), command);
        return DockerRun.execute(worker, layout, staging, supervised, limits, null, 0);
      });
    } catch (IOException | RuntimeException e) {
      return Execution.sandboxError("docker sandbox failed: " + DockerEngine.describe(e),
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private Execution compile(Toolchain toolchain, Program program, Path out) throws IOException {
    Limits limits = compileLimits;
    boolean managed = program.language() == Language.JAVA;
    Execution compilation = onWorker(limits, (worker, layout) -> {
      byte[] staging = RunArchive.stage(layout, sources(program, true), new byte[0], null, true);
      SandboxPaths paths = layout.paths();
      List<String> command = LanguageCommands.compile(toolchain, program, paths.work(), paths.out());
      long addressSpace = LanguageCommands.compilerAddressSpaceLimited(program.language())
          ? limits.memoryBytes() : 0;
      List<String> supervised = layout.supervised(worker.uid(), limits, processes(limits, managed),
          addressSpace, command);
      return DockerRun.execute(worker, layout, staging, supervised, limits, out, limits.fileSizeBytes());
    });
    if (compilation.ok() && program.language() != Language.JAVA && !Files.exists(out.resolve("main"))) {
      return new Execution(Status.COMPILE_ERROR, compilation.exitCode(), 0, compilation.stdout(),
          compilation.stderr(), compilation.wallTime(), compilation.cpuTime(),
          compilation.peakMemoryBytes(), "the compiler wrote no binary");
    }
    return compilation;
  }

  /** One step on a worker container, which is lent to this run alone until the step ends. */
  @FunctionalInterface
  private interface WorkerStep {
    Execution on(WorkerContainer worker, RunLayout layout) throws IOException;
  }

  private Execution onWorker(Limits limits, WorkerStep step) throws IOException {
    long started = System.nanoTime();
    WorkerContainer worker;
    try {
      worker = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Execution.sandboxError("interrupted while waiting for a docker worker", Duration.ZERO);
    }
    try {
      worker.ensure(ContainerLimits.of(limits).union(ContainerLimits.of(compileLimits)));
      return step.on(worker, new RunLayout("r" + runs.incrementAndGet()));
    } catch (RuntimeException e) {
      // The engine refused a call (container gone, engine restarted): start over with a new container.
      LOG.warn("docker worker uid {} failed: {}", worker.uid(), DockerEngine.describe(e));
      worker.discard();
      return Execution.sandboxError("docker sandbox failed: " + DockerEngine.describe(e),
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      idle.add(worker);
    }
  }

  private static int processes(Limits limits, boolean managed) {
    return limits.processes() + (managed ? ContainerLimits.MANAGED_RUNTIME_THREADS : 0);
  }

  /** The files of the work directory: the extra files, and the main source unless a compiler has it. */
  private static Map<String, byte[]> sources(Program program, boolean withMain) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    program.extraFiles().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    if (withMain) {
      files.put(LanguageCommands.sourceFileName(program), program.source().getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** Removes every worker container and the host's compile cache of this instance. */
  @Override
  public void close() {
    for (WorkerContainer worker : workers) {
      worker.discard();
    }
    DockerEngine.close(client);
    directories.close();
  }
}
