package dev.rlvr.grader.code.tests;

/**
 * A program reads {@code input} on stdin and must print {@code expectedOutput} (as judged by the
 * suite's checker).
 *
 * @param input standard input
 * @param expectedOutput what a correct program prints
 */
public record StdioTest(String input, String expectedOutput) implements TestCase {
  public StdioTest {
    input = input == null ? "" : input;
    expectedOutput = expectedOutput == null ? "" : expectedOutput;
  }
}
