package dev.rlvr.grader.code;

import dev.rlvr.api.Reference;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.grader.code.tests.TestSuiteReader;
import java.util.Map;

/** Reads a record's suite and keeps the first {@code max_tests} of it when the recipe asks. */
final class Suites {
  private Suites() {}

  /**
   * @throws IllegalArgumentException when the reference holds no usable tests
   */
  static TestSuite read(Reference reference, Map<String, Object> metadata, int maxTests) {
    TestSuite suite = TestSuiteReader.read(reference, metadata);
    if (maxTests <= 0 || suite.tests().size() <= maxTests) {
      return suite;
    }
    return new TestSuite(suite.style(), suite.tests().subList(0, maxTests), suite.functionName(), suite.setupCode(),
        suite.checker(), suite.timeLimitSeconds(), suite.memoryLimitMb(), suite.language());
  }
}
