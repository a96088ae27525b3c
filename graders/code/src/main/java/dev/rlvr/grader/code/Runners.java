package dev.rlvr.grader.code;

import dev.rlvr.grader.code.run.AssertRunner;
import dev.rlvr.grader.code.run.CallRunner;
import dev.rlvr.grader.code.run.StdioRunner;
import dev.rlvr.grader.code.run.SuiteRunner;
import dev.rlvr.grader.code.run.harness.Harnesses;
import dev.rlvr.grader.code.tests.TestStyle;
import dev.rlvr.sandbox.Language;

/** The runner of each test style, and which languages each can drive. */
final class Runners {
  private final SuiteRunner stdio = new StdioRunner();
  private final SuiteRunner call = new CallRunner();
  private final SuiteRunner asserts = new AssertRunner();

  SuiteRunner forStyle(TestStyle style) {
    return switch (style) {
      case STDIO -> stdio;
      case CALL -> call;
      case ASSERT -> asserts;
    };
  }

  /** Any language reads stdin; calls need a harness in the language; asserts are Python. */
  boolean supports(TestStyle style, Language language) {
    return switch (style) {
      case STDIO -> true;
      case CALL -> Harnesses.call(language).isPresent();
      case ASSERT -> language == Language.PYTHON;
    };
  }
}
