package dev.rlvr.grader.code.run;

/** How one test of a submission ended. */
public enum TestStatus {
  PASSED,
  /** Ran within limits but printed or returned the wrong thing. */
  WRONG_ANSWER,
  /** Exited non-zero, or raised, before producing its result. */
  RUNTIME_ERROR,
  TIMEOUT,
  MEMORY_LIMIT,
  OUTPUT_LIMIT,
  /** The harness's result never came (an early exit, a killed harness): a failure, never a skip. */
  MISSING_RESULT,
  /** The submission did not compile; no test ran. */
  COMPILE_ERROR,
  /** Not run: an earlier test failed under all-or-nothing, or the total time ran out. */
  NOT_RUN,
  /** The sandbox failed; says nothing about the program. */
  SANDBOX_ERROR;

  public boolean passed() {
    return this == PASSED;
  }
}
