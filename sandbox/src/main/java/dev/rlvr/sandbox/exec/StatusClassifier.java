package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Decides how a run ended from what the host saw, rlvr-init's report and the cgroup's counters.
 * The order matters: a limit the sandbox enforced explains a signal better than the signal does.
 */
public final class StatusClassifier {

  /** Messages runtimes print when an allocation fails under a memory cap. */
  private static final List<String> OUT_OF_MEMORY = List.of("MemoryError", "std::bad_alloc",
      "java.lang.OutOfMemoryError", "JavaScript heap out of memory", "Cannot allocate memory",
      "out of memory", "Out of memory");

  static final int SIGKILL = 9;
  static final int SIGXCPU = 24;
  static final int SIGXFSZ = 25;

  private StatusClassifier() {
  }

  /**
   * @param host what the host saw
   * @param report rlvr-init's report, empty when it was killed before writing one
   * @param limits the run's limits
   * @param oomKilled whether the cgroup saw an out-of-memory kill
   * @param cgroupPeak the cgroup's peak memory, 0 if unknown
   */
  public static Execution classify(HostRun host, Optional<SupervisorReport> report, Limits limits,
      boolean oomKilled, long cgroupPeak) {
    String stdout = new String(host.stdout(), StandardCharsets.UTF_8);
    String stderr = new String(host.stderr(), StandardCharsets.UTF_8);
    Duration wall = report.map(SupervisorReport::wall).filter(w -> !w.isZero()).orElse(host.wall());
    Duration cpu = report.map(SupervisorReport::cpu).orElse(Duration.ZERO);
    long peak = Math.max(cgroupPeak, report.map(SupervisorReport::maxRssBytes).orElse(0L));
    int exit = report.map(SupervisorReport::exitCode).orElse(-1);
    int signal = report.map(SupervisorReport::signal).orElse(0);

    if (host.launchError() != null) {
      return Execution.sandboxError(host.launchError(), host.wall());
    }
    if (host.outputOverflow()) {
      return new Execution(Status.OUTPUT_LIMIT, exit, signal, stdout, stderr, wall, cpu, peak,
          "output passed " + limits.outputBytes() + " bytes");
    }
    if (oomKilled) {
      return new Execution(Status.MEMORY_LIMIT, exit, signal, stdout, stderr, wall, cpu, peak,
          "killed at the memory limit of " + limits.memoryMib() + " MiB");
    }
    // RLIMIT_CPU counts whole seconds, so a run that finished past a fractional limit is judged here.
    boolean cpuExceeded = signal == SIGXCPU || cpu.compareTo(limits.cpuTime()) >= 0 && signal == SIGKILL
        || cpu.compareTo(limits.cpuTime()) > 0;
    if (host.hostTimeout() || report.map(SupervisorReport::timedOut).orElse(false)) {
      return new Execution(Status.TIMEOUT, exit, signal, stdout, stderr, wall, cpu, peak,
          "wall time limit of " + seconds(limits.wallTime()) + " passed");
    }
    if (cpuExceeded) {
      return new Execution(Status.TIMEOUT, exit, signal, stdout, stderr, wall, cpu, peak,
          "CPU time limit of " + seconds(limits.cpuTime()) + " passed");
    }
    if (report.isEmpty()) {
      return new Execution(Status.SANDBOX_ERROR, -1, 0, stdout, stderr, host.wall(), Duration.ZERO, 0,
          "the sandbox ended without a report" + (stderr.isBlank() ? "" : ": " + firstLine(stderr)));
    }
    if (signal == SIGXFSZ) {
      return new Execution(Status.OUTPUT_LIMIT, exit, signal, stdout, stderr, wall, cpu, peak,
          "wrote a file past " + limits.fileSizeBytes() + " bytes");
    }
    boolean failed = exit != 0 || signal != 0;
    if (failed && (mentionsOutOfMemory(stderr) || peak >= limits.memoryBytes() * 95 / 100)) {
      return new Execution(Status.MEMORY_LIMIT, exit, signal, stdout, stderr, wall, cpu, peak,
          "ran out of memory under the limit of " + limits.memoryMib() + " MiB");
    }
    if (signal != 0) {
      return new Execution(Status.KILLED, exit, signal, stdout, stderr, wall, cpu, peak,
          "killed by " + Signals.name(signal));
    }
    if (exit != 0) {
      return new Execution(Status.RUNTIME_ERROR, exit, 0, stdout, stderr, wall, cpu, peak,
          "exit status " + exit);
    }
    return new Execution(Status.OK, 0, 0, stdout, stderr, wall, cpu, peak, "");
  }

  static boolean mentionsOutOfMemory(String stderr) {
    String tail = stderr.length() > 4096 ? stderr.substring(stderr.length() - 4096) : stderr;
    for (String marker : OUT_OF_MEMORY) {
      if (tail.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
  }
}
