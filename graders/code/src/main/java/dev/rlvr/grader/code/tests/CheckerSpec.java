package dev.rlvr.grader.code.tests;

import java.util.Locale;
import java.util.Optional;

/**
 * Which output comparison a record asks for.
 *
 * @param kind the comparison
 * @param absoluteTolerance for FLOAT: numbers this close are equal
 * @param relativeTolerance for FLOAT: numbers this close relative to the expected are equal
 * @param program for CUSTOM: the checker's source (reads input, expected, actual; exit 0 accepts)
 * @param programLanguage for CUSTOM: the checker's language id (default python)
 */
public record CheckerSpec(Kind kind, double absoluteTolerance, double relativeTolerance, String program,
    String programLanguage) {

  public static final double DEFAULT_TOLERANCE = 1e-6;

  /** The comparisons judges use. */
  public enum Kind {
    EXACT, LINES, TOKENS, FLOAT, YES_NO, CUSTOM;

    /** Reads a checker name as records spell it ("tokens", "float", "yes-no", "case_insensitive"...). */
    public static Optional<Kind> find(String name) {
      if (name == null) {
        return Optional.empty();
      }
      return switch (name.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
        case "exact", "strict" -> Optional.of(EXACT);
        case "lines", "line", "trim" -> Optional.of(LINES);
        case "tokens", "token", "default", "whitespace" -> Optional.of(TOKENS);
        case "float", "floats", "numeric", "number", "real" -> Optional.of(FLOAT);
        case "yes_no", "yesno", "case_insensitive", "nocase", "ignore_case" -> Optional.of(YES_NO);
        case "custom", "checker", "special_judge", "spj" -> Optional.of(CUSTOM);
        default -> Optional.empty();
      };
    }
  }

  public CheckerSpec {
    program = program == null ? "" : program;
    programLanguage = programLanguage == null || programLanguage.isBlank() ? "python" : programLanguage;
  }

  public static CheckerSpec of(Kind kind) {
    return new CheckerSpec(kind, DEFAULT_TOLERANCE, DEFAULT_TOLERANCE, "", "python");
  }
}
