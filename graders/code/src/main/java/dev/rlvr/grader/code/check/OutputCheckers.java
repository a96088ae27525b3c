package dev.rlvr.grader.code.check;

import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Sandbox;

/** Builds the output checker a record asks for. */
public final class OutputCheckers {
  private static final OutputChecker EXACT = new ExactChecker();
  private static final OutputChecker LINES = new LineChecker();
  private static final OutputChecker TOKENS = new TokenChecker(String::equals);
  private static final OutputChecker YES_NO = new TokenChecker(String::equalsIgnoreCase);

  private OutputCheckers() {}

  /**
   * The checker for a spec; a custom one runs its program in the sandbox under
   * {@link CustomChecker#DEFAULT_LIMITS}.
   *
   * @param spec the record's checker, or null for the default (tokens)
   * @param sandbox runs custom checker programs; may be null when the spec is not CUSTOM
   * @return the checker
   * @throws IllegalArgumentException for a custom spec without a program or without a sandbox
   */
  public static OutputChecker of(CheckerSpec spec, Sandbox sandbox) {
    return of(spec, sandbox, CustomChecker.DEFAULT_LIMITS);
  }

  /**
   * @param spec the record's checker, or null for the default (tokens)
   * @param sandbox runs custom checker programs; may be null when the spec is not CUSTOM
   * @param checkerLimits limits of one custom checker run
   * @return the checker
   * @throws IllegalArgumentException for a custom spec without a program or without a sandbox
   */
  public static OutputChecker of(CheckerSpec spec, Sandbox sandbox, Limits checkerLimits) {
    if (spec == null) {
      return TOKENS;
    }
    return switch (spec.kind()) {
      case EXACT -> EXACT;
      case LINES -> LINES;
      case TOKENS -> TOKENS;
      case YES_NO -> YES_NO;
      case FLOAT -> floats(spec.absoluteTolerance(), spec.relativeTolerance());
      case CUSTOM -> {
        if (sandbox == null) {
          throw new IllegalArgumentException("a custom checker needs a sandbox to run in");
        }
        yield new CustomChecker(sandbox, spec, checkerLimits);
      }
    };
  }

  /** Whitespace-separated tokens equal: the default, as most judges. */
  public static OutputChecker tokens() {
    return TOKENS;
  }

  /** Equal text; only CRLF line ends are read as LF. */
  public static OutputChecker exact() {
    return EXACT;
  }

  /** Equal lines, ignoring trailing whitespace of lines and trailing empty lines. */
  public static OutputChecker lines() {
    return LINES;
  }

  /** Tokens equal ignoring case (YES/yes/Yes). */
  public static OutputChecker yesNo() {
    return YES_NO;
  }

  /**
   * Tokens equal, numbers within a tolerance.
   *
   * @param absolute numbers this close are equal; negative or NaN means the default 1e-6
   * @param relative numbers this close relative to the expected one are equal; likewise
   * @return the checker
   */
  public static OutputChecker floats(double absolute, double relative) {
    return new TokenChecker(new FloatTokens(orDefault(absolute), orDefault(relative)));
  }

  private static double orDefault(double tolerance) {
    return tolerance >= 0 ? tolerance : CheckerSpec.DEFAULT_TOLERANCE; // NaN fails the test too
  }
}
