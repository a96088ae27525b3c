package dev.rlvr.grader.math.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the parser with Jazzer.
 *
 * <p>In the normal build each method runs once on the empty input and once per file of its seed
 * corpus in {@code src/test/resources/dev/rlvr/grader/math/parser/MathAnswerParserFuzzTestInputs/}.
 * To fuzz for real, run {@code JAZZER_FUZZ=1 ./mvnw -f graders/math/pom.xml test
 * -Dtest=MathAnswerParserFuzzTest}; findings land in that folder as new seeds. The
 * {@code jazzer.hooks=false} of {@code junit-platform.properties} also turns off coverage
 * feedback; for guided fuzzing add {@code -Djazzer.hooks=true
 * -Djazzer.instrumentation_includes='dev.rlvr.**:org.antlr.**'}, which instruments only those
 * packages (Jazzer 0.24 cannot instrument JDK 25 classes).
 */
class MathAnswerParserFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void parseNeverThrowsAndAnswersATreeOrErrors(FuzzedDataProvider data) {
    String answer = data.consumeRemainingAsString();
    ParseResult result = MathAnswerParser.parse(answer);
    MathAnswerParserPropertiesTest.assertWellFormed(result);
    assertThat(MathAnswerParser.parse(answer)).isEqualTo(result);
  }

  @FuzzTest(maxDuration = "60s")
  void fastPathAgreesWithTheFullParser(FuzzedDataProvider data) {
    String answer = data.consumeRemainingAsString();
    if (FastPath.parse(answer) != null) {
      assertThat(MathAnswerParser.parse(answer)).isEqualTo(MathAnswerParser.parseNormalized(answer));
    }
  }
}
