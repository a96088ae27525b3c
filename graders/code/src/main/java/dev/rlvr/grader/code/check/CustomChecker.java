package dev.rlvr.grader.code.check;

import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A checker program from the record, for problems with several valid outputs. It is trusted
 * reference code, so it may see the expected output; the candidate never runs beside it.
 *
 * <p>The program runs in the sandbox with three files in its working directory, {@code input.txt}
 * (the test's input), {@code expected.txt} (the reference output) and {@code actual.txt} (what the
 * candidate printed), whose names are also its arguments in that order. Exit status 0 accepts;
 * any other rejects, with the first line it printed (stdout, else stderr) as the reason. A checker
 * that times out, crashes or does not compile rejects too, saying so.
 */
public final class CustomChecker implements OutputChecker {
  /** 10 s of CPU for one check (a 16 MiB output must be readable), otherwise the sandbox defaults. */
  public static final Limits DEFAULT_LIMITS = Limits.DEFAULT.withTime(Duration.ofSeconds(10));

  public static final String INPUT_FILE = "input.txt";
  public static final String EXPECTED_FILE = "expected.txt";
  public static final String ACTUAL_FILE = "actual.txt";
  private static final List<String> ARGS = List.of(INPUT_FILE, EXPECTED_FILE, ACTUAL_FILE);

  private final Sandbox sandbox;
  private final Language language;
  private final String source;
  private final Limits limits;

  /**
   * @param sandbox where the checker runs
   * @param spec a CUSTOM spec with the checker's source and language
   * @param limits limits of one run of the checker
   * @throws IllegalArgumentException when the spec has no program or names an unknown language
   */
  public CustomChecker(Sandbox sandbox, CheckerSpec spec, Limits limits) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.limits = Objects.requireNonNull(limits, "limits");
    if (spec.program().isBlank()) {
      throw new IllegalArgumentException("the custom checker has no program");
    }
    this.language = Language.of(spec.programLanguage());
    this.source = spec.program();
  }

  /** A checker under {@link #DEFAULT_LIMITS}. */
  public CustomChecker(Sandbox sandbox, CheckerSpec spec) {
    this(sandbox, spec, DEFAULT_LIMITS);
  }

  @Override
  public Judgement check(String input, String expected, String actual) {
    // The three files are the run's, not the program's: a compiled checker compiles once.
    Program checker = Program.of(language, source);
    Map<String, String> files = Map.of(INPUT_FILE, Objects.toString(input, ""),
        EXPECTED_FILE, Objects.toString(expected, ""), ACTUAL_FILE, Objects.toString(actual, ""));
    Execution run = sandbox.run(checker, new Input(new byte[0], ARGS, files), limits);
    if (run.status() == Status.OK && run.exitCode() == 0) {
      return Judgement.accept();
    }
    if (run.status() == Status.RUNTIME_ERROR && run.signal() == 0 && run.exitCode() > 0) {
      return Details.reject(verdictLine(run));
    }
    String why = run.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String message = run.message().isBlank() ? firstLine(run.stderr()) : run.message();
    return Judgement.checkerFailure(Details.clip("checker failed (" + why + ")"
        + (message.isEmpty() ? "" : ": " + message)));
  }

  /** What a rejecting checker said; for a crashed Python checker, its exception rather than "Traceback". */
  private static String verdictLine(Execution run) {
    String said = firstLine(run.stdout());
    if (!said.isEmpty()) {
      return said;
    }
    String stderr = run.stderr().strip();
    if (stderr.startsWith("Traceback")) {
      return "checker crashed: " + lastLine(stderr);
    }
    String complaint = firstLine(stderr);
    return complaint.isEmpty() ? "rejected by the checker (exit " + run.exitCode() + ")" : complaint;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
