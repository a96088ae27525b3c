package dev.rlvr.sandbox.graal;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code graal} backend: JavaScript inside this JVM through GraalVM Polyglot (the community
 * edition), for cheap snippets. One engine stays warm across runs; each run gets a fresh context
 * under {@code SandboxPolicy.CONSTRAINED} with no host access, IO, threads, processes, native
 * code, environment or polyglot access, on a platform thread of its own. A small prelude gives
 * programs node's stdin, stdout and exit idioms ({@code fs.readFileSync(0)}, {@code readline},
 * {@code process.stdout.write}, {@code process.exit}).
 *
 * <p>Limits: wall and CPU time through a watchdog that cancels the context (TIMEOUT), with a
 * statement limit as a second guard (TIMEOUT); stdout and stderr are capped streams that cancel
 * at the cap (OUTPUT_LIMIT). The process and file-size limits have nothing to act on: the guest
 * can create neither.
 *
 * <p><b>Memory is guarded, not isolated.</b> The community edition cannot cap a context's heap:
 * guest objects live in this JVM's heap beside everything else. The watchdog estimates a run's
 * memory from its thread's allocated bytes and the heap in use after garbage collections, and
 * cancels it (MEMORY_LIMIT) past the limit, or past half the heap, whichever is smaller. That
 * stops the growing arrays, maps and strings of ordinary memory bombs long before they exhaust
 * the heap (without the guard, the test suite's bomb kills its JVM). But the estimate only moves
 * when a collection runs, so one huge allocation (a 1.6 GB typed array, say) is seen late, and a
 * few of those, or several runs growing at once, can still bring the JVM to an
 * {@link OutOfMemoryError} that every thread sees. Heap growth cannot be told apart between
 * concurrent runs; the allocation condition only keeps small runs from being blamed. Where
 * programs may be hostile rather than buggy, use the {@code bwrap} backend: this one trusts its
 * guests as far as {@code CONSTRAINED} does ("trusted, but potentially buggy").
 *
 * <p>Other gaps: the engine is interpreter-only on a stock JDK (no Graal compiler), so tight loops
 * run far below node's speed (tens of millions of simple statements per second); the first run in
 * a JVM pays one to a few seconds of warm-up, later ones milliseconds; only the node API in the
 * prelude exists (no other modules, timers or Buffer); wall and CPU time count from the program's
 * start, not the context's set-up; Python is left out (see {@link #run}). Truffle unpacks a small
 * native helper into {@code ~/.cache/org.graalvm.polyglot} on first use. Thread-safe: runs may go
 * in parallel.
 */
public final class GraalSandbox implements Sandbox {

  /**
   * Statements a program may execute per second of its CPU-time limit. Far above what the
   * interpreter reaches, so the watchdog's CPU limit normally trips first; the statement limit
   * only matters where thread CPU time cannot be measured.
   */
  public static final long DEFAULT_STATEMENTS_PER_CPU_SECOND = 1_000_000_000L;

  static final String PYTHON_LEFT_OUT = "the graal backend runs JavaScript only: GraalPy is left out because its "
      + "jars add 161 MB (JavaScript: 62 MB) and its first context takes about 7 s on a stock JDK, "
      + "where it runs interpreter-only; run Python with the bwrap backend";

  private static final Logger LOG = LoggerFactory.getLogger(GraalSandbox.class);
  private static final long TICK_MILLIS = 10;
  /** Deep recursion is common in solutions; the interpreter's frames are large. */
  private static final long GUEST_STACK_BYTES = 256L * Limits.MIB;
  /** How long past its wall limit a run may take (set-up included) before we stop waiting for it. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final GuestContexts contexts;
  private final NodePrelude prelude = new NodePrelude();
  private final HeapGauge heap = new HeapGauge();
  private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("graal-watchdog").factory());

  /** A sandbox with the default statement budget. */
  public GraalSandbox() {
    this(DEFAULT_STATEMENTS_PER_CPU_SECOND);
  }

  /** @param statementsPerCpuSecond statements allowed per second of the CPU-time limit, positive */
  public GraalSandbox(long statementsPerCpuSecond) {
    if (statementsPerCpuSecond < 1) {
      throw new IllegalArgumentException("statements per CPU second must be positive, was "
          + statementsPerCpuSecond);
    }
    this.contexts = new GuestContexts(statementsPerCpuSecond);
  }

  @Override
  public String name() {
    return "graal";
  }

  @Override
  public boolean supports(Language language) {
    return language == Language.JAVASCRIPT;
  }

  /**
   * Runs a JavaScript program. Any other language comes back as {@link Status#SANDBOX_ERROR}
   * saying why: Python in particular, whose GraalPy costs 161 MB of jars and about 7 s to a
   * first context on a stock JDK.
   */
  @Override
  public Execution run(Program program, Input input, Limits limits) {
    if (!supports(program.language())) {
      return Execution.sandboxError(program.language() == Language.PYTHON ? PYTHON_LEFT_OUT
          : "the graal backend runs JavaScript only, not " + program.language().id(), Duration.ZERO);
    }
    GuestRun run = new GuestRun(limits.outputBytes());
    FutureTask<Execution> task = new FutureTask<>(() -> execute(program, input, limits, run));
    Thread guest = new Thread(null, task, "graal-guest", GUEST_STACK_BYTES);
    guest.setDaemon(true);
    guest.start();
    try {
      return await(task, run, limits);
    } catch (InterruptedException e) {
      run.stop(Stop.INTERRUPTED);
      Thread.currentThread().interrupt();
      return new Execution(Status.KILLED, -1, 0, "", "", Duration.ZERO, Duration.ZERO, 0, "interrupted");
    }
  }

  private static Execution await(FutureTask<Execution> task, GuestRun run, Limits limits)
      throws InterruptedException {
    try {
      try {
        return task.get(limits.wallTime().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        run.stop(Stop.WALL_TIME); // set-up hung, or a cancel did not land: try once more
        return task.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (TimeoutException e) {
      return Execution.sandboxError("the guest thread did not stop after it was cancelled", limits.wallTime());
    } catch (ExecutionException e) {
      LOG.warn("graal sandbox failed", e.getCause());
      return Execution.sandboxError("the graal sandbox failed: " + e.getCause(), Duration.ZERO);
    }
  }

  /** Runs on the guest thread: context, prelude, parse, then the program under the watchdog. */
  private Execution execute(Program program, Input input, Limits limits, GuestRun run) {
    Context context = contexts.create(run, limits);
    run.attach(context);
    RunWatchdog watchdog = null;
    ScheduledFuture<?> ticking = null;
    PolyglotException failure = null;
    try {
      Value finish = prelude.install(context, input, run);
      Value main;
      try {
        main = context.parse(Source.newBuilder(GuestContexts.LANGUAGE, program.source(),
            GuestContexts.PROGRAM_NAME).cached(false).buildLiteral());
      } catch (PolyglotException e) {
        if (e.isSyntaxError()) {
          return GuestOutcome.compileError(e);
        }
        throw e;
      }
      watchdog = new RunWatchdog(run, limits, new ThreadMeter(Thread.currentThread()), heap);
      ticking = watchdogs.scheduleAtFixedRate(watchdog, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
      main.executeVoid();
      run.finish(finish.execute().asInt());
    } catch (PolyglotException e) {
      failure = e;
      run.finish(1);
    } finally {
      if (ticking != null) {
        ticking.cancel(false);
      }
      close(context);
    }
    return GuestOutcome.of(run, failure, watchdog, limits);
  }

  private static void close(Context context) {
    try {
      context.close(true);
    } catch (RuntimeException e) {
      LOG.debug("closing a guest context: {}", e.toString()); // already closed by a cancel
    }
  }

  @Override
  public void close() {
    watchdogs.shutdownNow();
    contexts.close();
  }
}
