package dev.rlvr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void namedFactoriesSetValueAndVerdict() {
    assertThat(Score.correct("ok")).extracting(Score::value, Score::verdict).containsExactly(1.0, Verdict.CORRECT);
    assertThat(Score.incorrect("no")).extracting(Score::value, Score::verdict).containsExactly(0.0, Verdict.INCORRECT);
    assertThat(Score.partial(0.25, "some")).extracting(Score::value, Score::verdict)
        .containsExactly(0.25, Verdict.PARTIAL);
    assertThat(Score.error(Verdict.NO_ANSWER, "none").value()).isZero();
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThatThrownBy(() -> Score.of(Double.NaN, Verdict.CORRECT, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Score.of(Double.POSITIVE_INFINITY, Verdict.CORRECT, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void detailsAreCopiedAndKeepTheirOrder() {
    Map<String, Object> details = new HashMap<>();
    Score s = Score.correct("ok").withDetail("z", 1).withDetail("a", 2).withDetails(details);
    details.put("late", 3);
    assertThat(s.details().keySet()).containsExactly("z", "a");
    assertThat(s.withElapsed(Duration.ofMillis(3)).elapsed()).isEqualTo(Duration.ofMillis(3));
  }

  @Test
  void onlyTimeoutsAndErrorsAreNotJudgements() {
    for (Verdict v : Verdict.values()) {
      boolean couldNotJudge = v == Verdict.TIMEOUT || v == Verdict.INVALID_INPUT || v == Verdict.INTERNAL_ERROR;
      assertThat(v.isJudgement()).as(v.name()).isEqualTo(!couldNotJudge);
    }
  }
}
