package dev.rlvr.grader.code.run;

import dev.rlvr.grader.code.check.OutputChecker;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Sandbox;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How a suite is run.
 *
 * @param sandbox where every test runs
 * @param limits per-test limits
 * @param stopAtFirstFailure all-or-nothing scoring: later tests are NOT_RUN after a failure
 * @param totalTime budget for all tests together; tests past it are NOT_RUN
 * @param checker judges stdin/stdout outputs
 * @param cancelled true once the grade was cancelled (its deadline passed): stop starting tests
 */
public record RunSettings(Sandbox sandbox, Limits limits, boolean stopAtFirstFailure, Duration totalTime,
    OutputChecker checker, BooleanSupplier cancelled) {
}
