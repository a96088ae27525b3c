package dev.rlvr.sandbox.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UidPoolTest {

  @Test
  void lendsEachUidToOneRunAtATime() throws Exception {
    UidPool pool = new UidPool(200_000, 2);
    int first = pool.acquire();
    int second = pool.acquire();
    assertThat(first).isNotEqualTo(second);
    assertThat(pool.slotOf(second)).isBetween(0, 1);
    CompletableFuture<Integer> third = CompletableFuture.supplyAsync(() -> {
      try {
        return pool.acquire();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(50);
    assertThat(third).isNotDone();
    pool.release(first);
    assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(first);
  }

  @Test
  void neverLendsRootOrLoginUsers() {
    assertThatThrownBy(() -> new UidPool(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThat(UidPool.forThisProcess().slotOf(100_000)).isLessThanOrEqualTo(0);
  }
}
