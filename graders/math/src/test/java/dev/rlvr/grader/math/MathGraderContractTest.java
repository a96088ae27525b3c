package dev.rlvr.grader.math;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.testing.GraderContractTest;

/** The math grader keeps the grader contract, graded against a fraction gold. */
class MathGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new MathGraderProvider();
  }

  @Override
  protected Reference reference() {
    return Reference.ofAnswers("\\frac{1}{2}");
  }
}
