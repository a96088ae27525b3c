package dev.rlvr.sandbox.docker;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.exec.HostRun;
import dev.rlvr.sandbox.exec.StatusClassifier;
import dev.rlvr.sandbox.exec.SupervisorReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The steps of one run inside a worker: stage its files, exec rlvr-init as root (it drops the
 * program to the worker's uid), take a compiler's output back, read the report, clean up, and
 * classify exactly as the other backends do.
 */
final class DockerRun {

  /** rlvr-init ends the program at the wall limit itself; the host waits this much longer. */
  static final Duration HOST_GRACE = Duration.ofSeconds(5);

  private DockerRun() {
  }

  /**
   * @param supervised the exec's command line, from {@link RunLayout#supervised}
   * @param artifactTarget a host directory for the compiler's output, or null for a plain run
   * @param artifactCap the most bytes of artifact to take back
   */
  static Execution execute(WorkerContainer worker, RunLayout layout, byte[] staging, List<String> supervised,
      Limits limits, Path artifactTarget, long artifactCap) throws IOException {
    worker.copyIn(staging);
    WorkerContainer.ExecResult result = worker.exec(supervised, "0", environment(layout), limits.outputBytes(),
        limits.wallTime().plus(HOST_GRACE));
    Optional<SupervisorReport> report = Optional.empty();
    String artifactProblem = null;
    if (!result.timedOut()) {
      if (artifactTarget != null) {
        try (InputStream tar = worker.copyOut(layout.paths().out())) {
          ArtifactArchive.extract(tar, artifactTarget, artifactCap);
        } catch (IOException e) {
          artifactProblem = e.getMessage();
        }
      }
      byte[] printed = worker.helper(layout.reportAndClean(), "0");
      report = SupervisorReport.parseLine(new String(printed, StandardCharsets.UTF_8));
    }
    HostRun host = new HostRun(result.stdout(), result.stderr(), result.overflowed(), result.timedOut(),
        result.wall(), null);
    Execution execution = StatusClassifier.classify(host, report, limits, false, 0);
    if (artifactProblem != null && execution.ok()) {
      return Execution.sandboxError("cannot take the compiled artifact back: " + artifactProblem,
          execution.wallTime());
    }
    return execution;
  }

  /** The run's whole environment on top of the image's (PATH) and the container's (LANG). */
  static List<String> environment(RunLayout layout) {
    return List.of("PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
        "HOME=" + layout.work(), "TMPDIR=/tmp",
        // Same output every time: Python's str hashes (set and dict order of strings) are fixed.
        "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8");
  }
}
