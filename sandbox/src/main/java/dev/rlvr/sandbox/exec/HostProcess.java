package dev.rlvr.sandbox.exec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts a confined command on the host with a scrubbed environment, captures its output under a
 * cap, and kills it at the wall-clock limit. How a kill reaches the whole tree is the backend's
 * business ({@code killer}): bwrap dies with its namespace, rlvr-init sweeps on SIGTERM.
 */
public final class HostProcess {

  private HostProcess() {
  }

  /**
   * @param command the host command line
   * @param environment the complete environment (nothing of the JVM's leaks through)
   * @param directory the working directory of the launcher
   * @param outputCap bytes kept of stdout and of stderr
   * @param deadline when the host kills the run
   * @param killer ends the process and everything it started
   */
  public static HostRun run(List<String> command, Map<String, String> environment, Path directory, long outputCap,
      Duration deadline, Consumer<Process> killer) {
    return run(command, null, environment, directory, outputCap, deadline, killer);
  }

  /**
   * @param launcherInput bytes for the launcher's stdin (bwrap reads its arguments there), or null for none
   */
  public static HostRun run(List<String> command, byte[] launcherInput, Map<String, String> environment,
      Path directory, long outputCap, Duration deadline, Consumer<Process> killer) {
    long started = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command);
    if (launcherInput == null) {
      builder.redirectInput(new File("/dev/null"));
    }
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.directory(directory.toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return new HostRun(new byte[0], new byte[0], false, false, since(started),
          "cannot start " + command.get(0) + ": " + e.getMessage());
    }
    if (launcherInput != null) {
      try (var in = process.getOutputStream()) {
        in.write(launcherInput);
      } catch (IOException e) {
        // the launcher died before reading: its exit status and output say why
      }
    }
    Runnable kill = () -> killer.accept(process);
    CappedCapture out = CappedCapture.start(process.getInputStream(), outputCap, kill, "sandbox-stdout");
    CappedCapture err = CappedCapture.start(process.getErrorStream(), outputCap, kill, "sandbox-stderr");
    boolean hostTimeout = false;
    try {
      if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        hostTimeout = true;
        kill.run();
        process.waitFor(5, TimeUnit.SECONDS);
      }
      // The streams end when the last process holding them dies; the backends make sure that happens.
      if (!out.await(3000) || !err.await(1000)) {
        kill.run();
        process.getInputStream().close();
        process.getErrorStream().close();
        out.await(1000);
        err.await(1000);
      }
    } catch (InterruptedException e) {
      kill.run();
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // closing a dead stream: nothing to do
    }
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    return new HostRun(out.bytes(), err.bytes(), out.overflowed() || err.overflowed(), hostTimeout,
        since(started), null);
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
