package dev.rlvr.grader.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MathGraderTest {
  private final Grader grader = new MathGraderProvider().create(GraderConfig.empty("math"));

  private Score grade(String completion, String... golds) {
    return grader.grade(Rollout.of(completion), Reference.ofAnswers(golds), GradeContext.unlimited());
  }

  @Test
  void anyOfSeveralGoldsMayMatchAndTheDetailsSayHow() {
    Score s = grade("\\boxed{4.5}", "\\frac{9}{2}", "4.5");
    assertThat(s.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(s.details()).containsEntry("pred", "4.5").containsEntry("source", "boxed").containsKey("method");
  }

  @Test
  void aMissingGoldIsABadReferenceNotAWrongAnswer() {
    Score s = grader.grade(Rollout.of("\\boxed{1}"), Reference.none(), GradeContext.unlimited());
    assertThat(s.verdict()).isEqualTo(Verdict.INVALID_INPUT);
  }

  @Test
  void aHedgeIsWrongForOneGoldButAListMatchesSeveralValues() {
    assertThat(grade("\\boxed{3} or \\boxed{5}", "3").verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(grade("\\boxed{3} or \\boxed{5}", "3, 5").verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Test
  void pathologicalAnswersComeBackWithoutAnError() {
    for (String answer : new String[] {"10^{10^{10}}", "\\frac{".repeat(1000) + "1" + "}{2}".repeat(1000),
        "{".repeat(1_000_000), "1000!^{1000!}"}) {
      Score s = grade("\\boxed{" + answer + "}", "2");
      assertThat(s.verdict()).as(answer.substring(0, Math.min(20, answer.length())))
          .isIn(Verdict.INCORRECT, Verdict.INVALID_INPUT, Verdict.NO_ANSWER);
    }
  }

  @Test
  void mathDatasetThousandsAndRepeatingDecimalsAreExactValues() {
    assertThat(grade("\\boxed{1000}", "1,\\!000").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grade("\\boxed{1,\\!000,\\!000}", "1000000").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grade("\\boxed{4.\\overline{6}}", "\\frac{14}{3}").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grade("\\boxed{0.1\\overline{36}}", "\\frac{3}{22}").verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grade("\\boxed{0.\\overline{3}}", "0.3").verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(grade("\\boxed{4.67}", "\\frac{14}{3}").verdict()).isEqualTo(Verdict.INCORRECT);
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> new MathGraderProvider().create(new GraderConfig("math", Map.of("percent", "maybe"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("percent");
    assertThatThrownBy(() -> new MathGraderProvider().create(new GraderConfig("math", Map.of("tolerance", 2))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("tolerance");
    Grader tolerant = new MathGraderProvider().create(new GraderConfig("math", Map.of("tolerance", 0.01)));
    assertThat(tolerant.grade(Rollout.of("\\boxed{3.14}"), Reference.ofAnswers("3.1416"), GradeContext.unlimited())
        .verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(grade("\\boxed{3.14}", "3.1416").verdict()).isEqualTo(Verdict.INCORRECT);
  }
}
