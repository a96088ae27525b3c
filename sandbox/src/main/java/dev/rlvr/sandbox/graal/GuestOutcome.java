package dev.rlvr.sandbox.graal;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Turns how a guest run ended (the first stop, the exception the program left with, the exit
 * code) into an {@link Execution}. A limit that stopped the run wins over the exception the stop
 * caused; an uncaught JavaScript error is a runtime error with exit code 1, as node reports it.
 */
final class GuestOutcome {

  private GuestOutcome() {
  }

  /** The program did not parse; the parser's message goes to stderr. */
  static Execution compileError(PolyglotException error) {
    return new Execution(Status.COMPILE_ERROR, 1, 0, "", error.getMessage() + "\n", Duration.ZERO,
        Duration.ZERO, 0, "syntax error");
  }

  /**
   * @param failure what the program threw, null if it returned
   * @param watchdog the run's watchdog, null if the run ended before the program started
   */
  static Execution of(GuestRun run, PolyglotException failure, RunWatchdog watchdog, Limits limits) {
    Stop stop = run.stopped();
    String stdout = run.stdout().text();
    String stderr = run.stderr().text();
    Duration wall = watchdog == null ? Duration.ZERO : watchdog.wallTime();
    Duration cpu = watchdog == null ? Duration.ZERO : watchdog.cpuTime();
    long peak = watchdog == null ? 0 : watchdog.peakMemoryBytes();
    if (stop == Stop.FINISHED && failure != null) {
      return failed(failure, stdout, stderr, wall, cpu, peak);
    }
    if (stop == Stop.FINISHED || stop == Stop.EXIT) {
      int code = run.exitCode();
      String message = code == 0 ? "" : (stop == Stop.EXIT ? "process.exit(" + code + ")" : "exit code " + code);
      return new Execution(code == 0 ? Status.OK : Status.RUNTIME_ERROR, code, 0, stdout, stderr, wall, cpu,
          peak, message);
    }
    return new Execution(stop.status(), -1, 0, stdout, stderr, wall, cpu, peak, limitMessage(stop, limits, watchdog));
  }

  private static Execution failed(PolyglotException failure, String stdout, String stderr, Duration wall,
      Duration cpu, long peak) {
    if (failure.isExit()) {
      int code = failure.getExitStatus();
      return new Execution(code == 0 ? Status.OK : Status.RUNTIME_ERROR, code, 0, stdout, stderr, wall, cpu,
          peak, code == 0 ? "" : "exit code " + code);
    }
    if (failure.isResourceExhausted()) {
      return new Execution(Status.MEMORY_LIMIT, -1, 0, stdout, stderr, wall, cpu, peak,
          "resource exhausted: " + failure.getMessage());
    }
    if (failure.isInternalError() || failure.isHostException()) {
      return new Execution(Status.SANDBOX_ERROR, -1, 0, stdout, stderr, wall, cpu, peak,
          "the JavaScript engine failed: " + failure.getMessage());
    }
    if (failure.isGuestException() && !failure.isCancelled()) {
      return new Execution(Status.RUNTIME_ERROR, 1, 0, stdout, stderr + uncaught(failure), wall, cpu, peak,
          "uncaught " + firstLine(failure.getMessage()));
    }
    return new Execution(Status.SANDBOX_ERROR, -1, 0, stdout, stderr, wall, cpu, peak,
        "the run was cancelled with no limit passed: " + failure.getMessage());
  }

  /** Node's report of an uncaught error: the message, then the program's frames. */
  private static String uncaught(PolyglotException failure) {
    StringBuilder report = new StringBuilder("Uncaught ").append(failure.getMessage()).append('\n');
    for (PolyglotException.StackFrame frame : failure.getPolyglotStackTrace()) {
      SourceSection at = frame.getSourceLocation();
      if (frame.isGuestFrame() && at != null && GuestContexts.PROGRAM_NAME.equals(at.getSource().getName())) {
        String root = frame.getRootName();
        String name = root == null || root.isEmpty() || root.startsWith(":") ? "<anonymous>" : root;
        report.append("    at ").append(name).append(" (").append(GuestContexts.PROGRAM_NAME).append(':')
            .append(at.getStartLine()).append(':').append(at.getStartColumn()).append(")\n");
      }
    }
    return report.toString();
  }

  private static String limitMessage(Stop stop, Limits limits, RunWatchdog watchdog) {
    return switch (stop) {
      case WALL_TIME -> "wall time limit " + seconds(limits.wallTime());
      case CPU_TIME -> "CPU time limit " + seconds(limits.cpuTime());
      case STATEMENTS -> "statement limit for " + seconds(limits.cpuTime()) + " of CPU time";
      case MEMORY -> "memory limit " + ((watchdog == null ? limits.memoryBytes() : watchdog.memoryCap())
          / Limits.MIB) + " MiB (heap growth estimate)";
      case OUTPUT -> "output limit " + limits.outputBytes() + " bytes";
      case INTERRUPTED -> "interrupted";
      case EXIT, FINISHED -> "";
    };
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() / 1000.0 + " s";
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
