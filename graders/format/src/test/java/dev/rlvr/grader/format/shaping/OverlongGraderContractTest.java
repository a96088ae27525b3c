package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.testing.GraderContractTest;

/** The contract every grader keeps, run against the overlong grader with its defaults. */
class OverlongGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new OverlongGraderProvider();
  }

  @Override
  protected double minValue() {
    return -1.0;
  }

  @Override
  protected double maxValue() {
    return 0.0;
  }
}
