package dev.rlvr.grader.code.check;

/** Judges a program's standard output against the expected output of one stdin/stdout test. */
@FunctionalInterface
public interface OutputChecker {

  /**
   * @param input the test's standard input (custom checkers read it)
   * @param expected the expected output
   * @param actual what the program printed
   * @return whether it is accepted, and if not a short description of the first difference
   */
  Judgement check(String input, String expected, String actual);

  /**
   * The result of a comparison.
   *
   * @param accepted whether the output is right
   * @param detail why not, briefly
   * @param checkerFailed the checker itself could not judge (a custom checker crashed or timed out):
   *     says nothing about the program, so the test is a sandbox failure rather than a wrong answer
   */
  record Judgement(boolean accepted, String detail, boolean checkerFailed) {
    public Judgement(boolean accepted, String detail) {
      this(accepted, detail, false);
    }

    public static Judgement accept() {
      return new Judgement(true, "");
    }

    public static Judgement reject(String detail) {
      return new Judgement(false, detail);
    }

    public static Judgement checkerFailure(String detail) {
      return new Judgement(false, detail, true);
    }
  }
}
