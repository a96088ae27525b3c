package dev.rlvr.grader.code.tests;

/** How a suite's tests talk to the program. */
public enum TestStyle {
  /** Standard input in, standard output compared. */
  STDIO,
  /** A named function called with arguments, its return value compared. */
  CALL,
  /** Assert statements or a check(candidate) function over the candidate's function. */
  ASSERT
}
