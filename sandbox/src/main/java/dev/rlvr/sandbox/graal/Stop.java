package dev.rlvr.sandbox.graal;

import dev.rlvr.sandbox.Status;

/** Why a guest run ended before its program returned, or that it returned ({@link #FINISHED}). */
enum Stop {
  WALL_TIME(Status.TIMEOUT),
  CPU_TIME(Status.TIMEOUT),
  STATEMENTS(Status.TIMEOUT),
  MEMORY(Status.MEMORY_LIMIT),
  OUTPUT(Status.OUTPUT_LIMIT),
  /** The caller was interrupted while it waited. */
  INTERRUPTED(Status.KILLED),
  /** {@code process.exit(n)}: the status depends on n. */
  EXIT(null),
  /** The program returned before any limit stopped it. */
  FINISHED(null);

  private final Status status;

  Stop(Status status) {
    this.status = status;
  }

  /** The status this stop stands for, or null where the exit code decides. */
  Status status() {
    return status;
  }
}
