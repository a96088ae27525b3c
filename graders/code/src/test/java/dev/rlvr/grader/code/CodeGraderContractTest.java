package dev.rlvr.grader.code;

import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.testing.GraderContractTest;
import java.util.List;
import java.util.Map;

/** The code grader keeps the grader contract, graded against a two-test stdin/stdout problem. */
class CodeGraderContractTest extends GraderContractTest {

  @Override
  protected GraderProvider provider() {
    return new CodeGraderProvider();
  }

  @Override
  protected Reference reference() {
    Map<String, Object> tests = Map.of("inputs", List.of("1 2\n", "3 4\n"), "outputs", List.of("3\n", "7\n"));
    return new Reference(tests, List.of(), "", "code", "python", "", Map.of());
  }
}
