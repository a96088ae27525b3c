package dev.rlvr.grader.code.tests;

/**
 * One test of a submission. Expected values live here, on the grader's side: no test case is
 * ever written into the sandbox a candidate runs in.
 */
public sealed interface TestCase permits StdioTest, CallTest, AssertTest {
}
