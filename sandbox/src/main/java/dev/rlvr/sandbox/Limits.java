package dev.rlvr.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits of one execution. Every field is enforced by the isolating backends; the
 * {@code process} backend enforces what rlimits and a timer can.
 *
 * @param wallTime real time before the whole process tree is killed (TIMEOUT)
 * @param cpuTime CPU time of the program, all its processes together (TIMEOUT)
 * @param memoryBytes memory of the program (MEMORY_LIMIT); the JVM and node get it as their heap cap
 * @param processes processes and threads the program may have at once (fork bombs end here)
 * @param outputBytes stdout and stderr each; more ends the run (OUTPUT_LIMIT)
 * @param fileSizeBytes the largest file the program may write, and the size of its private work dir
 */
public record Limits(Duration wallTime, Duration cpuTime, long memoryBytes, int processes,
    long outputBytes, long fileSizeBytes) {

  public static final long MIB = 1024L * 1024L;

  /** Judge-like defaults: 10 s wall, 5 s CPU, 512 MiB, 64 processes, 16 MiB output, 64 MiB files. */
  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(5), 512 * MIB,
      64, 16 * MIB, 64 * MIB);

  /** Compilers get more time and memory than the programs they build. */
  public static final Limits COMPILE = new Limits(Duration.ofSeconds(30), Duration.ofSeconds(20), 2048 * MIB,
      64, 1 * MIB, 256 * MIB);

  public Limits {
    Objects.requireNonNull(wallTime, "wallTime");
    Objects.requireNonNull(cpuTime, "cpuTime");
    requirePositive(wallTime, "wall time");
    requirePositive(cpuTime, "CPU time");
    if (memoryBytes < 16 * MIB) {
      throw new IllegalArgumentException("memory limit must be at least 16 MiB, was " + memoryBytes + " bytes");
    }
    if (processes < 1) {
      throw new IllegalArgumentException("process limit must be at least 1, was " + processes);
    }
    if (outputBytes < 1 || fileSizeBytes < 1) {
      throw new IllegalArgumentException("output and file size limits must be positive");
    }
  }

  private static void requirePositive(Duration duration, String what) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " limit must be positive, was " + duration);
    }
  }

  public Limits withWallTime(Duration value) {
    return new Limits(value, cpuTime, memoryBytes, processes, outputBytes, fileSizeBytes);
  }

  /** Sets the CPU limit and a wall limit with room for start-up and I/O (twice the CPU, plus 1 s). */
  public Limits withTime(Duration cpu) {
    return new Limits(cpu.multipliedBy(2).plusSeconds(1), cpu, memoryBytes, processes, outputBytes, fileSizeBytes);
  }

  public Limits withCpuTime(Duration value) {
    return new Limits(wallTime, value, memoryBytes, processes, outputBytes, fileSizeBytes);
  }

  public Limits withMemoryBytes(long value) {
    return new Limits(wallTime, cpuTime, value, processes, outputBytes, fileSizeBytes);
  }

  public Limits withProcesses(int value) {
    return new Limits(wallTime, cpuTime, memoryBytes, value, outputBytes, fileSizeBytes);
  }

  public Limits withOutputBytes(long value) {
    return new Limits(wallTime, cpuTime, memoryBytes, processes, value, fileSizeBytes);
  }

  public Limits withFileSizeBytes(long value) {
    return new Limits(wallTime, cpuTime, memoryBytes, processes, outputBytes, value);
  }

  public long memoryMib() {
    return Math.max(1, memoryBytes / MIB);
  }
}
