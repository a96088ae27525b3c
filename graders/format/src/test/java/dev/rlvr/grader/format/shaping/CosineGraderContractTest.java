package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.testing.GraderContractTest;

/** The contract every grader keeps, run against the cosine grader with its defaults. */
class CosineGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new CosineGraderProvider();
  }

  @Override
  protected double minValue() {
    return -1.0;
  }

  @Override
  protected double maxValue() {
    return 1.0;
  }

  /** A gold answer, so that the accuracy grader judges rather than reporting a data error. */
  @Override
  protected Reference reference() {
    return Reference.ofAnswers("4");
  }
}
