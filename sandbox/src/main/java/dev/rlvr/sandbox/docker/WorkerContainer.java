package dev.rlvr.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One long-lived container that runs are exec'd in, one run at a time, each under a uid that
 * belongs to this worker alone (RLIMIT_NPROC counts a uid's processes across every container on
 * the host). The container is created on first use, widened when a run needs more than it
 * allows, and thrown away when a run overstays the host's deadline: the next run gets a new one.
 * Not thread-safe: the sandbox lends each worker to one run at a time.
 */
final class WorkerContainer {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerContainer.class);
  private static final Duration HELPER_DEADLINE = Duration.ofSeconds(10);

  private final DockerClient client;
  private final DockerSettings settings;
  private final int uid;
  private String containerId;
  private ContainerLimits limits;

  WorkerContainer(DockerClient client, DockerSettings settings, int uid) {
    this.client = client;
    this.settings = settings;
    this.uid = uid;
  }

  int uid() {
    return uid;
  }

  /** What one exec printed and how it ended, as seen from the host. */
  record ExecResult(byte[] stdout, byte[] stderr, boolean overflowed, boolean timedOut, Duration wall) {
  }

  /** Makes sure a running container allows at least {@code needed}, replacing a narrower one. */
  void ensure(ContainerLimits needed) {
    if (containerId != null && limits.covers(needed)) {
      return;
    }
    ContainerLimits wanted = limits == null ? needed : limits.union(needed);
    discard();
    String id = wanted.configure(client.createContainerCmd(settings.image()), settings).exec().getId();
    try {
      client.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      remove(id);
      throw e;
    }
    containerId = id;
    limits = wanted;
    LOG.debug("docker worker uid {} started container {}", uid, id);
  }

  /** Unpacks a tar stream into the staging volume. */
  void copyIn(byte[] tar) {
    client.copyArchiveToContainerCmd(containerId).withRemotePath(ContainerLimits.RUNS)
        .withTarInputStream(new ByteArrayInputStream(tar)).exec();
  }

  /** A tar stream of a path in the staging volume; its entries start with the path's last name. */
  InputStream copyOut(String path) {
    return client.copyArchiveFromContainerCmd(containerId, path).exec();
  }

  /**
   * Runs a command in the container and collects its output up to a cap. Past the cap the
   * run's processes are killed and reading stops; past the deadline the whole container goes.
   */
  ExecResult exec(List<String> command, String user, List<String> environment, long outputCap, Duration deadline)
      throws IOException {
    long started = System.nanoTime();
    String execId = client.execCreateCmd(containerId).withCmd(command.toArray(String[]::new)).withUser(user)
        .withEnv(environment).withAttachStdout(true).withAttachStderr(true).exec().getId();
    CappedFrames frames = new CappedFrames(outputCap, this::killRun);
    client.execStartCmd(execId).exec(frames);
    boolean timedOut;
    try {
      timedOut = !frames.awaitCompletion(deadline.toMillis(), TimeUnit.MILLISECONDS);
      if (!timedOut && frames.overflowed()) {
        // Reading stopped at the cap; the supervisor still has to reap and write its report.
        timedOut = !awaitExit(execId, started, deadline);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      timedOut = true;
    } finally {
      frames.close();
    }
    if (timedOut) {
      LOG.warn("docker run passed the host deadline of {} ms: replacing container {}", deadline.toMillis(),
          containerId);
      discard();
    }
    return new ExecResult(frames.stdout(), frames.stderr(), frames.overflowed(), timedOut,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** A short command of the sandbox's own (cleanup, kill) with its stdout; small output, short deadline. */
  byte[] helper(List<String> command, String user) throws IOException {
    return exec(command, user, List.of(), 1024 * 1024, HELPER_DEADLINE).stdout();
  }

  boolean hasContainer() {
    return containerId != null;
  }

  private boolean awaitExit(String execId, long started, Duration deadline) throws InterruptedException {
    long end = started + deadline.toNanos();
    while (System.nanoTime() < end) {
      InspectExecResponse state = client.inspectExecCmd(execId).exec();
      if (!Boolean.TRUE.equals(state.isRunning())) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Runs on the stream's thread at the output cap; leaves the container alone whatever happens. */
  private void killRun() {
    String id = containerId;
    try {
      String execId = client.execCreateCmd(id).withCmd(RunLayout.killEverythingOfThisUid().toArray(String[]::new))
          .withUser(Integer.toString(uid)).exec().getId();
      try (CappedFrames ignored = client.execStartCmd(execId).exec(new CappedFrames(4096, () -> { }))) {
        ignored.awaitCompletion(HELPER_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot kill a run past its output cap in container {}: {}", id, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Removes the container (and its staging volume); the next run creates a fresh one. */
  void discard() {
    if (containerId != null) {
      remove(containerId);
      containerId = null;
    }
  }

  private void remove(String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException e) {
      // already gone
    } catch (RuntimeException e) {
      LOG.warn("cannot remove docker container {}: {}", id, e.toString());
    }
  }
}
