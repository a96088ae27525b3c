package dev.rlvr.example;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.testing.GraderContractTest;

/** The contract every grader keeps, checked for {@code exact-match} against a gold answer. */
class ExactMatchGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new ExactMatchGraderProvider();
  }

  @Override
  protected Reference reference() {
    return Reference.ofAnswers("42", "forty-two");
  }
}
