package dev.rlvr.grader.code.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The function is called with {@code arguments} and must return {@code expected}. Values are
 * plain JSON-like Java values (null, Boolean, Number, String, List, Map), as datasets store them.
 *
 * @param arguments positional arguments
 * @param expected the expected return value
 */
public record CallTest(List<Object> arguments, Object expected) implements TestCase {
  public CallTest {
    arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
  }
}
