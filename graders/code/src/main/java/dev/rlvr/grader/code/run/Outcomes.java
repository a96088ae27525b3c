package dev.rlvr.grader.code.run;

import dev.rlvr.sandbox.Execution;
import java.time.Duration;

/** Maps a sandbox execution that did not produce a result to the test status that says why. */
public final class Outcomes {
  private static final int DETAIL_CHARS = 300;

  private Outcomes() {}

  /**
   * The outcome of a test whose execution ended other than OK, or empty-handed.
   *
   * @param index the test's index
   * @param execution how the program ended
   * @return the failed outcome
   */
  public static TestOutcome failed(int index, Execution execution) {
    TestStatus status = switch (execution.status()) {
      case OK -> TestStatus.MISSING_RESULT;
      case TIMEOUT -> TestStatus.TIMEOUT;
      case MEMORY_LIMIT -> TestStatus.MEMORY_LIMIT;
      case OUTPUT_LIMIT -> TestStatus.OUTPUT_LIMIT;
      case COMPILE_ERROR -> TestStatus.COMPILE_ERROR;
      case SANDBOX_ERROR -> TestStatus.SANDBOX_ERROR;
      case KILLED, RUNTIME_ERROR -> TestStatus.RUNTIME_ERROR;
    };
    String detail = execution.message();
    // A compiler's first error is the one that explains; a crashing program's last line (its exception).
    String lastError = execution.status() == dev.rlvr.sandbox.Status.COMPILE_ERROR
        ? firstErrorLine(execution.stderr()) : lastLine(execution.stderr());
    if (!lastError.isEmpty()) {
      detail = detail.isEmpty() ? lastError : detail + ": " + lastError;
    }
    return new TestOutcome(index, status, execution.wallTime(), clip(detail));
  }

  /** The first line of compiler output that reports an error, else its first line. */
  public static String firstErrorLine(String text) {
    String[] lines = text.strip().split("\n");
    for (String line : lines) {
      if (line.toLowerCase(java.util.Locale.ROOT).contains("error")) {
        return clip(line.strip());
      }
    }
    return lines.length == 0 ? "" : clip(lines[0].strip());
  }

  /** The last non-blank line of a program's stderr: the exception, usually. */
  public static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : clip(lines[lines.length - 1].strip());
  }

  public static String clip(String text) {
    return text.length() <= DETAIL_CHARS ? text : text.substring(0, DETAIL_CHARS) + "...";
  }

  public static TestOutcome passed(int index, Duration time) {
    return new TestOutcome(index, TestStatus.PASSED, time, "");
  }
}
