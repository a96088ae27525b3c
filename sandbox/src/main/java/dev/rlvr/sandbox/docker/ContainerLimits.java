package dev.rlvr.sandbox.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ulimit;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a worker container must allow so that any run within some {@link Limits} fits inside it,
 * and how that becomes the engine's create-container request. The container is the outer fence
 * (no network, no swap, a pids and CPU cap, a read-only root, size-capped tmpfs); each run's own
 * tighter limits are rlvr-init's rlimits inside it. Pure: nothing here talks to an engine.
 *
 * @param programMemoryBytes the largest memory limit of a run, runtime overhead included
 * @param processes the largest process limit of a run, runtime threads included
 * @param cpuSeconds the largest CPU limit of a run, in whole seconds
 * @param fileSizeBytes the largest file size limit of a run: also the size of /work and /tmp
 */
public record ContainerLimits(long programMemoryBytes, long processes, long cpuSeconds, long fileSizeBytes) {

  /** The read-only staging area (an anonymous volume): the engine can copy archives into it. */
  public static final String RUNS = "/runs";
  /** The programs' writable working directories. */
  public static final String WORK = "/work";
  /** The uid:gid of the container's idle main process, as created in the image. */
  public static final String IDLE_USER = "10001:10001";
  public static final String LABEL = "dev.rlvr.sandbox";

  /** JVM and node threads that come on top of a run's process limit. */
  static final int MANAGED_RUNTIME_THREADS = 48;
  /** The idle process, init, the staging shell, cp, the cleanup and kill helpers. */
  static final int HELPER_PROCESSES = 16;
  static final long SHM_BYTES = 64 * Limits.MIB;
  static final long OPEN_FILES = 1024;

  public ContainerLimits {
    if (programMemoryBytes < 1 || processes < 1 || cpuSeconds < 1 || fileSizeBytes < 1) {
      throw new IllegalArgumentException("container limits must be positive");
    }
  }

  /** The container a run with these limits needs, even when it is a JVM or node. */
  public static ContainerLimits of(Limits limits) {
    long cpuSeconds = Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000);
    return new ContainerLimits(limits.memoryBytes() + LanguageCommands.MANAGED_RUNTIME_OVERHEAD,
        limits.processes() + (long) MANAGED_RUNTIME_THREADS, cpuSeconds, limits.fileSizeBytes());
  }

  /** Limits wide enough for both this and other. */
  public ContainerLimits union(ContainerLimits other) {
    return new ContainerLimits(Math.max(programMemoryBytes, other.programMemoryBytes),
        Math.max(processes, other.processes), Math.max(cpuSeconds, other.cpuSeconds),
        Math.max(fileSizeBytes, other.fileSizeBytes));
  }

  /** Whether every run that fits other also fits a container made with these limits. */
  public boolean covers(ContainerLimits other) {
    return programMemoryBytes >= other.programMemoryBytes && processes >= other.processes
        && cpuSeconds >= other.cpuSeconds && fileSizeBytes >= other.fileSizeBytes;
  }

  /** The cgroup memory cap: tmpfs pages are charged to the container, so /work, /tmp and /dev/shm count. */
  public long containerMemoryBytes() {
    return programMemoryBytes + 2 * fileSizeBytes + SHM_BYTES;
  }

  public long pidsLimit() {
    return processes + HELPER_PROCESSES;
  }

  /** rlvr-init sets its hard CPU limit one second past the soft one, and may not raise the container's. */
  public long cpuUlimitSeconds() {
    return cpuSeconds + 2;
  }

  /** The host settings of a worker container. */
  public HostConfig hostConfig(DockerSettings settings) {
    Map<String, String> tmpfs = new LinkedHashMap<>();
    // exec: compiled programs and the JVM's own files run from here; mode 0711: a run cannot list others.
    tmpfs.put(WORK, "rw,exec,nosuid,nodev,size=" + fileSizeBytes + ",mode=0711");
    tmpfs.put("/tmp", "rw,noexec,nosuid,nodev,size=" + fileSizeBytes + ",mode=1777");
    return HostConfig.newHostConfig()
        .withNetworkMode("none")
        .withMemory(containerMemoryBytes())
        .withMemorySwap(containerMemoryBytes())
        .withPidsLimit(pidsLimit())
        .withNanoCPUs(Math.round(settings.cpusPerWorker() * 1_000_000_000d))
        .withReadonlyRootfs(true)
        .withTmpFs(tmpfs)
        .withShmSize(SHM_BYTES)
        .withMounts(List.of(new Mount().withType(MountType.VOLUME).withTarget(RUNS)))
        .withCapDrop(Capability.ALL)
        // rlvr-init runs as root to drop each run to its uid and to kill and clean up after it;
        // the program itself loses every capability when it changes uid.
        .withCapAdd(Capability.SETUID, Capability.SETGID, Capability.KILL, Capability.DAC_OVERRIDE)
        .withSecurityOpts(List.of("no-new-privileges"))
        .withUlimits(List.of(new Ulimit("nofile", OPEN_FILES, OPEN_FILES),
            new Ulimit("fsize", fileSizeBytes, fileSizeBytes),
            new Ulimit("cpu", cpuUlimitSeconds(), cpuUlimitSeconds())))
        // an init reaps whatever a killed supervisor left behind
        .withInit(true);
  }

  /** Fills a create-container request: an idle non-root process that runs are exec'd beside. */
  public CreateContainerCmd configure(CreateContainerCmd command, DockerSettings settings) {
    return command
        .withHostConfig(hostConfig(settings))
        .withUser(IDLE_USER)
        .withCmd("sleep", "infinity")
        .withNetworkDisabled(true)
        .withWorkingDir(RUNS)
        .withEnv("LANG=C.UTF-8")
        .withLabels(Map.of(LABEL, "docker-worker"));
  }
}
