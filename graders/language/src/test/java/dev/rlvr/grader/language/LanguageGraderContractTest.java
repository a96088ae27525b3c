package dev.rlvr.grader.language;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.testing.GraderContractTest;

/** The contract every grader keeps, run against the language grader with its defaults. */
class LanguageGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new LanguageGraderProvider();
  }
}
