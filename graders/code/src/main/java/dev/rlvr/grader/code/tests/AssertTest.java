package dev.rlvr.grader.code.tests;

/**
 * Assert-style test code: one {@code assert} statement (MBPP's test_list) or a whole test
 * program defining {@code check(candidate)} (HumanEval), run against the candidate's function.
 *
 * @param code the test code
 */
public record AssertTest(String code) implements TestCase {
  public AssertTest {
    code = code == null ? "" : code;
  }
}
