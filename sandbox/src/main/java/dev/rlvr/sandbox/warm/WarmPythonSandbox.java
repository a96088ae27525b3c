package dev.rlvr.sandbox.warm;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.exec.ConfinedService;
import dev.rlvr.sandbox.exec.SupervisedSandbox;
import dev.rlvr.sandbox.toolchain.Toolchain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warm path for Python: a bounded pool of pre-started sandboxed interpreters, each forking a
 * fresh child per test with that test's limits, so a submission's tests do not each pay
 * interpreter and sandbox start-up. Other languages, and Python when no worker can start, go to
 * the cold backend underneath, which stays the reference the warm path is measured against.
 */
public final class WarmPythonSandbox implements Sandbox {

  private static final Logger LOG = LoggerFactory.getLogger(WarmPythonSandbox.class);
  private static final String WORKER_RESOURCE = "/dev/rlvr/sandbox/python-worker.py";
  private static final String WORKER_FILE = ".rlvr-worker.py";
  /** The sandbox a worker lives in: its cgroup caps all its tests together; each test has its own rlimits. */
  private static final Limits WORKER_LIMITS = new Limits(Duration.ofHours(24), Duration.ofHours(24),
      4096 * Limits.MIB, 512, 16 * Limits.MIB, 256 * Limits.MIB);

  private final SupervisedSandbox cold;
  private final Semaphore slots;
  private final ConcurrentLinkedQueue<PythonWorker> idle = new ConcurrentLinkedQueue<>();
  private final List<PythonWorker> all = new ArrayList<>();
  private final Path workerScript;
  private volatile boolean closed;

  /**
   * @param cold the backend that confines the workers and runs everything else
   * @param workers workers at most (one test runs in each at a time)
   */
  public WarmPythonSandbox(SupervisedSandbox cold, int workers, Path scratch) throws IOException {
    this.cold = cold;
    this.slots = new Semaphore(workers, true);
    Files.createDirectories(scratch);
    this.workerScript = scratch.resolve("python-worker.py");
    try (InputStream in = WarmPythonSandbox.class.getResourceAsStream(WORKER_RESOURCE)) {
      if (in == null) {
        throw new IOException("python-worker.py is missing from the rlvr-sandbox jar");
      }
      Files.write(workerScript, in.readAllBytes());
    }
  }

  @Override
  public String name() {
    return cold.name();
  }

  @Override
  public boolean supports(Language language) {
    return cold.supports(language);
  }

  @Override
  public Execution run(Program program, Input input, Limits limits) {
    if (program.language() != Language.PYTHON || closed) {
      return cold.run(program, input, limits);
    }
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Execution.sandboxError("interrupted before the run started", Duration.ZERO);
    }
    try {
      Optional<PythonWorker> worker = borrow();
      if (worker.isEmpty()) {
        return cold.run(program, input, limits);
      }
      Execution execution = worker.get().execute(program, input, limits, Language.PYTHON.defaultFileName());
      giveBack(worker.get());
      return execution;
    } finally {
      slots.release();
    }
  }

  private Optional<PythonWorker> borrow() {
    PythonWorker worker;
    while ((worker = idle.poll()) != null) {
      if (!worker.broken()) {
        return Optional.of(worker);
      }
      retire(worker);
    }
    try {
      return Optional.of(start());
    } catch (IOException | RuntimeException e) {
      LOG.warn("warm Python worker could not start, running this test cold: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private PythonWorker start() throws IOException {
    Toolchain python = cold.toolchains().find(Language.PYTHON).orElseThrow(() -> new IOException(
        "no Python: " + cold.toolchains().problem(Language.PYTHON)));
    ConfinedService service = cold.startService(Map.of(WORKER_FILE, workerScript), python.roots(), WORKER_LIMITS,
        paths -> List.of(python.runtime().toString(), "-B", "-s", paths.work() + "/" + WORKER_FILE));
    PythonWorker worker = PythonWorker.attach(service, cold.canSweepByUid(), cold.hasPrivateTmp(),
        Duration.ofSeconds(30));
    synchronized (all) {
      all.add(worker);
    }
    return worker;
  }

  private void giveBack(PythonWorker worker) {
    if (worker.broken() || closed) {
      retire(worker);
    } else {
      idle.offer(worker);
    }
  }

  private void retire(PythonWorker worker) {
    worker.close();
    synchronized (all) {
      all.remove(worker);
    }
  }

  @Override
  public void close() {
    closed = true;
    List<PythonWorker> workers;
    synchronized (all) {
      workers = new ArrayList<>(all);
      all.clear();
    }
    workers.forEach(PythonWorker::close);
    idle.clear();
    cold.close();
  }
}
