package dev.rlvr.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of one run: how it ended, what it printed and what it cost.
 *
 * @param status how the run ended
 * @param exitCode the exit status, or -1 when the program did not exit by itself
 * @param signal the signal that ended the program, 0 if none
 * @param stdout standard output as UTF-8 text, cut at the output limit
 * @param stderr standard error (or the compiler's messages), cut at the output limit
 * @param wallTime real time from start to end
 * @param cpuTime CPU time of the program's processes (zero where the backend cannot tell)
 * @param peakMemoryBytes largest resident memory seen (zero where the backend cannot tell)
 * @param message a short explanation for any status but OK ("wall time limit 2 s", "SIGSEGV"...)
 */
public record Execution(Status status, int exitCode, int signal, String stdout, String stderr,
    Duration wallTime, Duration cpuTime, long peakMemoryBytes, String message) {

  public Execution {
    Objects.requireNonNull(status, "status");
    stdout = stdout == null ? "" : stdout;
    stderr = stderr == null ? "" : stderr;
    wallTime = wallTime == null ? Duration.ZERO : wallTime;
    cpuTime = cpuTime == null ? Duration.ZERO : cpuTime;
    message = message == null ? "" : message;
  }

  public boolean ok() {
    return status == Status.OK;
  }

  /** A failure of the sandbox rather than the program. */
  public static Execution sandboxError(String message, Duration wall) {
    return new Execution(Status.SANDBOX_ERROR, -1, 0, "", "", wall, Duration.ZERO, 0, message);
  }

  /** A compile failure, carrying the compiler's output in stderr. */
  public static Execution compileError(Execution compilation) {
    String why = compilation.status() == Status.COMPILE_ERROR || compilation.status() == Status.RUNTIME_ERROR
        ? "compilation failed"
        : "compilation failed: " + compilation.status().name().toLowerCase(java.util.Locale.ROOT)
            + (compilation.message().isEmpty() ? "" : " (" + compilation.message() + ")");
    return new Execution(Status.COMPILE_ERROR, compilation.exitCode(), compilation.signal(),
        compilation.stdout(), compilation.stderr(), compilation.wallTime(), compilation.cpuTime(),
        compilation.peakMemoryBytes(), why);
  }
}
