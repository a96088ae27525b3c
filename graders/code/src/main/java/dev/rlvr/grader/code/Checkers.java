package dev.rlvr.grader.code;

import dev.rlvr.grader.code.check.OutputChecker;
import dev.rlvr.grader.code.check.OutputCheckers;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Sandbox;

/** The stdout comparison of a suite: the record's own checker, else the recipe's. */
final class Checkers {
  private Checkers() {}

  static OutputChecker forSuite(TestSuite suite, CodeOptions options, Sandbox sandbox) {
    return OutputCheckers.of(suite.checker().orElse(options.checker()), sandbox);
  }
}
