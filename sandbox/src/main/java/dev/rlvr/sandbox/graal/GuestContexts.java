package dev.rlvr.sandbox.graal;

import dev.rlvr.sandbox.Limits;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Builds the one context of each guest run on a shared, warm engine, with every privilege the
 * community edition lets us take away taken away: no host objects or classes, no files, sockets,
 * threads, processes, native code, environment or other languages.
 */
final class GuestContexts implements AutoCloseable {

  static final String LANGUAGE = "js";

  /** The name the program's source gets; the statement limit counts only statements in it. */
  static final String PROGRAM_NAME = "main.js";

  /** One filter instance for every context: a shared engine requires it to be the same. */
  private static final Predicate<Source> PROGRAM_ONLY = source -> PROGRAM_NAME.equals(source.getName());

  /** Nothing of the host is reachable: no members, and no mapping of guest values onto mutable host types. */
  private static final HostAccess NO_HOST = HostAccess.newBuilder().allowMutableTargetMappings().build();

  private final Engine engine;
  private final long statementsPerCpuSecond;

  GuestContexts(long statementsPerCpuSecond) {
    this.statementsPerCpuSecond = statementsPerCpuSecond;
    this.engine = Engine.newBuilder(LANGUAGE)
        .sandbox(SandboxPolicy.CONSTRAINED)
        .option("engine.WarnInterpreterOnly", "false") // a stock JDK has no Graal compiler; that is expected
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .build();
  }

  /** A fresh context for one run, writing to the run's capped streams. */
  Context create(GuestRun run, Limits limits) {
    return Context.newBuilder(LANGUAGE)
        .engine(engine)
        .sandbox(SandboxPolicy.CONSTRAINED)
        .out(run.stdout())
        .err(run.stderr())
        .in(InputStream.nullInputStream()) // stdin reaches the program through the prelude
        .allowHostAccess(NO_HOST)
        .allowHostClassLookup(name -> false)
        .allowHostClassLoading(false)
        .allowIO(IOAccess.NONE)
        .allowCreateThread(false)
        .allowNativeAccess(false)
        .allowCreateProcess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .allowInnerContextOptions(false)
        .timeZone(ZoneOffset.UTC) // the same answers on every machine
        .option("js.unhandled-rejections", "throw") // as node does: a rejected promise nobody handles fails the run
        .resourceLimits(statementLimit(run, limits))
        .build();
  }

  private ResourceLimits statementLimit(GuestRun run, Limits limits) {
    double seconds = limits.cpuTime().toNanos() / 1e9;
    long statements = (long) Math.min(Long.MAX_VALUE / 2.0, Math.ceil(seconds * statementsPerCpuSecond));
    return ResourceLimits.newBuilder()
        .statementLimit(Math.max(1, statements), PROGRAM_ONLY)
        .onLimit(event -> run.stop(Stop.STATEMENTS))
        .build();
  }

  @Override
  public void close() {
    engine.close();
  }
}
