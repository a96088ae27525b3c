package dev.rlvr.sandbox.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The line rlvr-init writes when the program is over: how it ended and what it used.
 *
 * @param exitCode exit status, -1 if killed by a signal
 * @param signal the terminating signal, 0 if none
 * @param cpu user + system time of every process of the run
 * @param maxRssBytes the largest resident set of any one process
 * @param wall time from fork to the program's end, measured inside
 * @param timedOut whether rlvr-init's own wall-clock timer ended the run
 */
public record SupervisorReport(int exitCode, int signal, Duration cpu, long maxRssBytes, Duration wall,
    boolean timedOut) {

  /** Reads the report; empty when rlvr-init never wrote one (it was killed, or never started). */
  public static Optional<SupervisorReport> read(Path file) {
    try {
      String line = Files.readString(file, StandardCharsets.UTF_8).strip();
      return line.isEmpty() ? Optional.empty() : Optional.of(parse(line));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads a report line as another backend received it (the docker backend reads it over an exec). */
  public static Optional<SupervisorReport> parseLine(String text) {
    String line = text == null ? "" : text.strip();
    try {
      return line.isEmpty() ? Optional.empty() : Optional.of(parse(line));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static SupervisorReport parse(String line) {
    Map<String, Long> fields = new HashMap<>();
    for (String pair : line.split(" ")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
      }
    }
    return new SupervisorReport(Math.toIntExact(required(fields, "exit")), Math.toIntExact(required(fields, "signal")),
        Duration.ofNanos(required(fields, "cpu_us") * 1000), required(fields, "maxrss_kb") * 1024,
        Duration.ofNanos(required(fields, "wall_us") * 1000), required(fields, "timeout") != 0);
  }

  private static long required(Map<String, Long> fields, String key) {
    Long value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException("report has no " + key);
    }
    return value;
  }
}
