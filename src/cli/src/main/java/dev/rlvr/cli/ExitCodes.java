package dev.rlvr.cli;

/** The exit codes of every command; {@link RlvrCommand} lists them in the help text. */
final class ExitCodes {
  /** Every record was scored (timeouts included). */
  static final int OK = 0;
  /** Some records were bad input or could not be graded; each has an error line. */
  static final int SOME_ERRORS = 1;
  /** The command line or a recipe is wrong; nothing was scored. */
  static final int USAGE = 2;
  /** The run could not finish: an input or output file failed. */
  static final int IO_FAILURE = 3;

  private ExitCodes() {}
}
