package dev.rlvr.sandbox.exec;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A long-lived process inside a sandbox (a warm worker) and what it holds: a uid for the
 * untrusted children it forks, a cgroup, a scratch directory. Closing it kills the whole
 * confined tree and gives everything back.
 */
public final class ConfinedService implements AutoCloseable {

  private final Process process;
  private final int childUid;
  private final SandboxPaths paths;
  private final Path runDirectory;
  private final Cgroups.Group group;
  private final Consumer<Process> killer;
  private final UidPool uids;
  private boolean closed;

  ConfinedService(Process process, int childUid, SandboxPaths paths, Path runDirectory, Cgroups.Group group,
      Consumer<Process> killer, UidPool uids) {
    this.process = process;
    this.childUid = childUid;
    this.paths = paths;
    this.runDirectory = runDirectory;
    this.group = group;
    this.killer = killer;
    this.uids = uids;
  }

  public Process process() {
    return process;
  }

  /** The uid the service's untrusted children run as; -1 when this JVM cannot switch uids. */
  public int childUid() {
    return childUid;
  }

  /** Paths as the service sees them. */
  public SandboxPaths paths() {
    return paths;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    killer.accept(process);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (group != null) {
      group.close();
    }
    if (childUid >= 0 && uids != null) {
      uids.release(childUid);
    }
    RunDirectories.deleteTree(runDirectory);
  }
}
