package dev.rlvr.trainer.grpo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DynamicSamplingTest {
  record Group(double... rewards) implements ScoredGroup {}

  private static final List<Group> BATCH =
      List.of(new Group(1, 1), new Group(0, 1), new Group(0, 0), new Group(1, 0));

  @Test
  void dropsZeroVarianceGroupsAndGeneratesMoreToRefill() {
    AtomicInteger calls = new AtomicInteger();
    DynamicSampling.Result<Group> r = new DynamicSampling<Group>(true, 5).collect(3, () -> {
      calls.incrementAndGet();
      return BATCH;
    });
    assertThat(r.groups()).hasSize(3).allMatch(ScoredGroup::informative);
    assertThat(r.generationBatches()).isEqualTo(2);
    assertThat(calls).hasValue(2);
    assertThat(r.dropped()).isEqualTo(4);
  }

  @Test
  void stopsAtTheGenerationBudgetWithWhatItHas() {
    DynamicSampling.Result<Group> r = new DynamicSampling<Group>(true, 2).collect(5, () -> BATCH);
    assertThat(r.groups()).hasSize(4);
    assertThat(r.generationBatches()).isEqualTo(2);
  }

  @Test
  void keepsEveryGroupWhenDisabled() {
    DynamicSampling.Result<Group> r = new DynamicSampling<Group>(false, 5).collect(3, () -> BATCH);
    assertThat(r.groups()).containsExactlyElementsOf(BATCH.subList(0, 3));
    assertThat(r.dropped()).isZero();
  }
}
