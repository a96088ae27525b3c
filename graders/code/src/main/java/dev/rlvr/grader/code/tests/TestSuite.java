package dev.rlvr.grader.code.tests;

import dev.rlvr.sandbox.Language;
import java.util.List;
import java.util.Optional;

/**
 * The tests of one problem as read from its record, with the per-record settings that change how
 * they are run and judged.
 *
 * @param style how the tests call the program
 * @param tests the tests, in the record's order
 * @param functionName the function CALL and ASSERT tests call (fn_name, func_name, entry_point); may be empty
 * @param setupCode code run before assert tests (MBPP test_setup_code); may be empty
 * @param checker the output checker named by the record, if any (stdin/stdout tests)
 * @param timeLimitSeconds per-test time limit from extra_info, if any
 * @param memoryLimitMb per-test memory limit from extra_info, if any
 * @param language the language the record asks for, if any
 */
public record TestSuite(TestStyle style, List<TestCase> tests, String functionName, String setupCode,
    Optional<CheckerSpec> checker, Optional<Double> timeLimitSeconds, Optional<Long> memoryLimitMb,
    Optional<Language> language) {
  public TestSuite {
    tests = List.copyOf(tests);
    functionName = functionName == null ? "" : functionName;
    setupCode = setupCode == null ? "" : setupCode;
  }
}
