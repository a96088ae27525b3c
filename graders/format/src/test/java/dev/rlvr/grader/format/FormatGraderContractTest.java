package dev.rlvr.grader.format;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.testing.GraderContractTest;

/** The contract every grader keeps, run against the format grader with its defaults. */
class FormatGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new FormatGraderProvider();
  }
}
