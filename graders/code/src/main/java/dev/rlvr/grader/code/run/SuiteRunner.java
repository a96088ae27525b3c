package dev.rlvr.grader.code.run;

import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Program;
import java.util.List;

/**
 * Runs the tests of one style for a candidate program. Returns exactly one outcome per test of
 * the suite, in order, whatever the program does; never throws for anything the program does.
 */
public interface SuiteRunner {

  List<TestOutcome> run(Program candidate, TestSuite suite, RunSettings settings);
}
