package dev.rlvr.sandbox.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory and process limits for a run's whole process tree through Linux control groups (v1 or
 * v2). Each run gets a fresh group: its peak memory and OOM kills are then the run's own, and
 * every process in it can be found and killed at the end. Needs root (or a delegated subtree);
 * without it the sandbox falls back to rlimits and says so in {@code rlvr doctor}.
 */
public final class Cgroups implements AutoCloseable {

  private static final Path ROOT = Path.of("/sys/fs/cgroup");
  private static final AtomicLong RUNS = new AtomicLong();

  private final boolean v2;
  /** Our parent groups: one for v2, memory and pids hierarchies for v1. */
  private final Path memoryParent;
  private final Path pidsParent;

  private Cgroups(boolean v2, Path memoryParent, Path pidsParent) {
    this.v2 = v2;
    this.memoryParent = memoryParent;
    this.pidsParent = pidsParent;
  }

  /** Sets up this process's cgroup parents, or says why cgroups cannot be used here. */
  public static Availability detect() {
    String name = "rlvr-" + ProcessHandle.current().pid();
    try {
      if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
        Path subtree = ROOT.resolve("cgroup.subtree_control");
        String enabled = Files.readString(subtree);
        if (!enabled.contains("memory") || !enabled.contains("pids")) {
          Files.writeString(subtree, "+memory +pids");
        }
        Path parent = Files.createDirectories(ROOT.resolve(name));
        Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory +pids");
        return new Availability(Optional.of(new Cgroups(true, parent, parent)), "cgroup v2 at " + parent);
      }
      Path memory = ROOT.resolve("memory");
      Path pids = ROOT.resolve("pids");
      if (Files.isDirectory(memory) && Files.isDirectory(pids)) {
        Path memoryParent = Files.createDirectories(memory.resolve(name));
        Path pidsParent = Files.createDirectories(pids.resolve(name));
        Cgroups cgroups = new Cgroups(false, memoryParent, pidsParent);
        cgroups.probe();
        return new Availability(Optional.of(cgroups), "cgroup v1 memory and pids under " + name);
      }
      return new Availability(Optional.empty(), "no memory and pids cgroup controllers under " + ROOT);
    } catch (IOException | RuntimeException e) {
      return new Availability(Optional.empty(), "cgroups not writable (" + e.getMessage()
          + "): memory is held by rlimits and heap flags, processes by the per-run uid");
    }
  }

  /** Whether cgroups could be used, and a sentence saying how or why not. */
  public record Availability(Optional<Cgroups> cgroups, String description) {
  }

  private void probe() throws IOException {
    Group group = create(64 * 1024 * 1024, 8);
    group.close();
  }

  /** A fresh group for one run with its memory and process caps. */
  public Group create(long memoryBytes, int processes) throws IOException {
    String name = "run-" + RUNS.incrementAndGet();
    Path memory = Files.createDirectories(memoryParent.resolve(name));
    Path pids = v2 ? memory : Files.createDirectories(pidsParent.resolve(name));
    Group group = new Group(memory, pids);
    try {
      if (v2) {
        write(memory.resolve("memory.max"), Long.toString(memoryBytes));
        writeIfPresent(memory.resolve("memory.swap.max"), "0");
        write(pids.resolve("pids.max"), Integer.toString(processes));
      } else {
        write(memory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
        writeIfPresent(memory.resolve("memory.memsw.limit_in_bytes"), Long.toString(memoryBytes));
        write(pids.resolve("pids.max"), Integer.toString(processes));
      }
    } catch (IOException e) {
      group.close();
      throw e;
    }
    return group;
  }

  @Override
  public void close() {
    removeQuietly(memoryParent);
    if (!pidsParent.equals(memoryParent)) {
      removeQuietly(pidsParent);
    }
  }

  /** One run's group. */
  public final class Group implements AutoCloseable {
    private final Path memory;
    private final Path pids;

    private Group(Path memory, Path pids) {
      this.memory = memory;
      this.pids = pids;
    }

    /** The procs files a launcher writes its own pid into before exec, so all it starts is inside. */
    public List<String> procsFiles() {
      return memory.equals(pids) ? List.of(memory.resolve("cgroup.procs").toString())
          : List.of(memory.resolve("cgroup.procs").toString(), pids.resolve("cgroup.procs").toString());
    }

    /** Peak memory of the group in bytes, 0 when the kernel does not say. */
    public long peakBytes() {
      return readLong(memory.resolve(v2 ? "memory.peak" : "memory.max_usage_in_bytes"));
    }

    /** Whether the kernel killed a process of the group for memory. */
    public boolean oomKilled() {
      Path events = memory.resolve(v2 ? "memory.events" : "memory.oom_control");
      try {
        for (String line : Files.readAllLines(events)) {
          if (line.startsWith("oom_kill ") && Long.parseLong(line.substring(9).strip()) > 0) {
            return true;
          }
        }
      } catch (IOException | NumberFormatException e) {
        return false;
      }
      return !v2 && readLong(memory.resolve("memory.failcnt")) > 0 && peakBytes() > 0
          && peakBytes() >= readLong(memory.resolve("memory.limit_in_bytes"));
    }

    /** Kills every process still in the group (v2: cgroup.kill; v1: walk cgroup.procs). */
    public void killAll() {
      if (v2 && Files.exists(pids.resolve("cgroup.kill"))) {
        writeQuietly(pids.resolve("cgroup.kill"), "1");
        return;
      }
      for (int round = 0; round < 100; round++) {
        List<Long> alive = members();
        if (alive.isEmpty()) {
          return;
        }
        for (long pid : alive) {
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
      }
    }

    private List<Long> members() {
      List<Long> result = new ArrayList<>();
      for (Path group : memory.equals(pids) ? List.of(memory) : List.of(memory, pids)) {
        try {
          for (String line : Files.readAllLines(group.resolve("cgroup.procs"))) {
            if (!line.isBlank()) {
              result.add(Long.parseLong(line.strip()));
            }
          }
        } catch (IOException | NumberFormatException e) {
          // the group is gone: nothing left in it
        }
      }
      return result;
    }

    @Override
    public void close() {
      killAll();
      for (int attempt = 0; attempt < 50; attempt++) {
        boolean removed = removeQuietly(memory) & (memory.equals(pids) || removeQuietly(pids));
        if (removed) {
          return;
        }
        killAll();
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static void write(Path file, String value) throws IOException {
    Files.writeString(file, value, StandardCharsets.US_ASCII);
  }

  private static void writeIfPresent(Path file, String value) {
    if (Files.exists(file)) {
      writeQuietly(file, value);
    }
  }

  private static void writeQuietly(Path file, String value) {
    try {
      write(file, value);
    } catch (IOException ignored) {
      // optional knob (swap accounting off, old kernel)
    }
  }

  private static long readLong(Path file) {
    try {
      return Long.parseLong(Files.readString(file).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private static boolean removeQuietly(Path dir) {
    try {
      Files.deleteIfExists(dir);
      return true;
    } catch (IOException e) {
      return !Files.exists(dir);
    }
  }
}
