package dev.rlvr.grader.code.run.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarnessesTest {
  private static final Program JAVA_HARNESS = Harnesses.call(Language.JAVA).orElseThrow();

  @Test
  void javaCandidatesAreCompiledBesideTheHarnessUnderTheirPublicClass() {
    Program candidate = Program.of(Language.JAVA, "import java.util.*;\npublic class Solution { }");
    Program program = Harnesses.callProgram(JAVA_HARNESS, candidate);
    assertThat(program.source()).isEqualTo(JAVA_HARNESS.source()).contains("public final class RlvrCallHarness");
    assertThat(program.extraFiles()).isEqualTo(Map.of("Solution.java", candidate.source()));
    // Nothing of a test goes into the program: every test of a submission hits one compiled artifact.
    assertThat(Harnesses.callProgram(JAVA_HARNESS, candidate).contentHash()).isEqualTo(program.contentHash());
    assertThat(Harnesses.compilesCandidate(Language.JAVA)).isTrue();
  }

  @Test
  void aCandidateNamedLikeTheHarnessDoesNotReplaceIt() {
    Program candidate = Program.of(Language.JAVA, "public class RlvrCallHarness { }");
    Program program = Harnesses.callProgram(JAVA_HARNESS, candidate);
    assertThat(program.extraFiles()).containsOnlyKeys("Candidate.java");
  }

  @Test
  void pythonAndJavaScriptHarnessesReadTheSourceFromTheRequest() {
    Program python = Harnesses.call(Language.PYTHON).orElseThrow();
    assertThat(Harnesses.callProgram(python, Program.of(Language.PYTHON, "def f(): pass"))).isSameAs(python);
    assertThat(Harnesses.compilesCandidate(Language.PYTHON)).isFalse();
    assertThat(Harnesses.compilesCandidate(Language.JAVASCRIPT)).isFalse();
  }
}
