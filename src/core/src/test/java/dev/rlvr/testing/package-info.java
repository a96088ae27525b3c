/**
 * Test support that every grader module reuses through rlvr-core's test-jar: the
 * {@link dev.rlvr.testing.GraderContractTest} and seeded random generators for property tests.
 */
package dev.rlvr.testing;
