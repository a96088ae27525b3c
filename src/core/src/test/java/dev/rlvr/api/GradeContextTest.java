package dev.rlvr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GradeContextTest {

  @Test
  void aZeroTimeoutIsCancelledAtOnce() {
    GradeContext context = GradeContext.withTimeout(Duration.ZERO);
    assertThat(context.isCancelled()).isTrue();
    assertThat(context.remaining()).isEqualTo(Duration.ZERO);
    assertThatThrownBy(context::checkCancelled).isInstanceOf(GradeCancelledException.class);
  }

  @Test
  void cancelStopsAGradeBeforeItsDeadline() {
    GradeContext context = GradeContext.withTimeout(Duration.ofHours(1));
    assertThat(context.isCancelled()).isFalse();
    context.cancel();
    assertThat(context.isCancelled()).isTrue();
  }

  @Test
  void hugeTimeoutsDoNotOverflow() {
    GradeContext context = GradeContext.withTimeout(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(context.isCancelled()).isFalse();
    assertThat(GradeContext.unlimited().remaining()).isGreaterThan(Duration.ofDays(365));
  }

  @Test
  void negativeTimeoutsAreRejected() {
    assertThatThrownBy(() -> GradeContext.withTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
