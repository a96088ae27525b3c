package dev.rlvr.sandbox;

/** How an execution ended. Only {@link #OK} means the program ran to a normal exit with status 0. */
public enum Status {
  /** Exited with status 0 within every limit. */
  OK,
  /** Passed the wall-clock or CPU limit and was killed. */
  TIMEOUT,
  /** Passed the memory limit (killed, or failed to allocate). */
  MEMORY_LIMIT,
  /** Printed more than the output limit, or wrote a file past the file size limit. */
  OUTPUT_LIMIT,
  /** Killed by a signal that no limit explains (SIGSEGV, SIGABRT, a kill from inside...). */
  KILLED,
  /** The source did not compile; the compiler's messages are in stderr. */
  COMPILE_ERROR,
  /** Exited with a non-zero status. */
  RUNTIME_ERROR,
  /** The sandbox itself failed: the program's behaviour is unknown. */
  SANDBOX_ERROR;

  /** Statuses that are the program's fault, as opposed to the sandbox's. */
  public boolean isProgramFault() {
    return this != OK && this != SANDBOX_ERROR;
  }
}
