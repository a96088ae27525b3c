package dev.rlvr.sandbox.exec;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts long-lived confined processes (warm workers) from a thread that never ends. */
final class ServiceLauncher {
  private ServiceLauncher() {}

  /**
   * bwrap's --die-with-parent is PR_SET_PDEATHSIG, which fires when the parent *thread* ends: a
   * worker started from a pool thread would be killed when that thread retires. Long-lived
   * processes are therefore started from one thread that lives as long as the JVM.
   */
  private static final ExecutorService LAUNCHER =
      Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rlvr-sandbox-launcher");
        thread.setDaemon(true);
        return thread;
      });

  static Process start(ProcessBuilder builder) throws IOException, InterruptedException {
    try {
      return LAUNCHER.submit(builder::start).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot start " + builder.command().get(0) + ": " + e.getCause(), e.getCause());
    }
  }
}
