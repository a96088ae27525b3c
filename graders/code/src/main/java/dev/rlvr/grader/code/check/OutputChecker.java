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

  /** The result of a comparison. */
  record Judgement(boolean accepted, String detail) {
    public static Judgement accept() {
      return new Judgement(true, "");
    }

    public static Judgement reject(String detail) {
      return new Judgement(false, detail);
    }
  }
}
