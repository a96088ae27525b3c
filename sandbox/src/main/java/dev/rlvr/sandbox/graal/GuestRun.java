package dev.rlvr.sandbox.graal;

import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one guest run: its output, and the first reason it stopped. Whoever stops it first
 * (the watchdog, the output cap, the statement limit, {@code process.exit}) decides the outcome;
 * the run cancels its context on another thread, because cancelling waits for the guest thread to
 * leave, and that thread may be the one asking.
 */
final class GuestRun {

  private static final Logger LOG = LoggerFactory.getLogger(GuestRun.class);

  private final AtomicReference<Stop> stop = new AtomicReference<>();
  private final CappedOutput stdout;
  private final CappedOutput stderr;
  private volatile Context context;
  private volatile int exitCode;

  GuestRun(long outputCap) {
    this.stdout = new CappedOutput(outputCap, () -> stop(Stop.OUTPUT));
    this.stderr = new CappedOutput(outputCap, () -> stop(Stop.OUTPUT));
  }

  /** The context to cancel when the run is stopped; set once it exists. */
  void attach(Context value) {
    this.context = value;
  }

  /** Stops the run for this reason unless it already stopped or finished; true if this call did. */
  boolean stop(Stop reason) {
    if (!stop.compareAndSet(null, reason)) {
      return false;
    }
    stdout.seal();
    stderr.seal();
    Context target = context;
    if (target != null) {
      Thread.ofPlatform().daemon().name("graal-cancel").start(() -> cancel(target));
    }
    return true;
  }

  /** {@code process.exit(code)}: records the code, then stops the run like any limit. */
  void exit(int code) {
    exitCode = code; // read only when the stop is EXIT, which this thread sets next or not at all
    stop(Stop.EXIT);
  }

  /** Marks the program as returned: limits that trip from now on no longer count. */
  void finish(int code) {
    if (stop.compareAndSet(null, Stop.FINISHED)) {
      exitCode = code;
    }
  }

  /** The first reason the run stopped, or null while it runs. */
  Stop stopped() {
    return stop.get();
  }

  int exitCode() {
    return exitCode;
  }

  CappedOutput stdout() {
    return stdout;
  }

  CappedOutput stderr() {
    return stderr;
  }

  private static void cancel(Context target) {
    try {
      target.close(true);
    } catch (RuntimeException e) {
      // the run thread closed it first, or the cancel itself surfaced: either way it is over
      LOG.debug("cancelling a guest context: {}", e.toString());
    }
  }
}
