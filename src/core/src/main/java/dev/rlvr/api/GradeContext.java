package dev.rlvr.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * The deadline and cancellation of one grade.
 *
 * <p>Graders that loop over large inputs or wait on processes should call
 * {@link #checkCancelled()} now and then: the engine reports a grader that overruns its deadline
 * as {@link Verdict#TIMEOUT} and moves on, but only a grader that looks can stop its own work.
 * Thread-safe: the engine cancels from another thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GradeContext {
  private static final long NO_DEADLINE = Long.MAX_VALUE;

  private final long deadlineNanos;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  private GradeContext(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /**
   * A context whose deadline is {@code timeout} from now.
   *
   * @param timeout the time allowed; never null, not negative
   * @return the context
   */
  public static GradeContext withTimeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    long nanos = saturatedNanos(timeout);
    long now = System.nanoTime();
    long deadline = nanos >= NO_DEADLINE - now ? NO_DEADLINE : now + nanos;
    return new GradeContext(deadline);
  }

  /**
   * A context with no deadline, for tests and one-off checks.
   *
   * @return the context
   */
  public static GradeContext unlimited() {
    return new GradeContext(NO_DEADLINE);
  }

  /**
   * Time left before the deadline.
   *
   * @return the remaining time, {@link Duration#ZERO} once past it; very long when unlimited
   */
  public Duration remaining() {
    if (deadlineNanos == NO_DEADLINE) {
      return Duration.ofNanos(Long.MAX_VALUE);
    }
    long left = deadlineNanos - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  /**
   * Tells whether the grade should stop: the deadline passed, the engine cancelled it, or the
   * thread was interrupted.
   *
   * @return {@code true} when the grader should give up
   */
  public boolean isCancelled() {
    return cancelled.get()
        || Thread.currentThread().isInterrupted()
        || (deadlineNanos != NO_DEADLINE && System.nanoTime() - deadlineNanos >= 0);
  }

  /**
   * Throws when the grade should stop.
   *
   * @throws GradeCancelledException when {@link #isCancelled()}
   */
  public void checkCancelled() {
    if (isCancelled()) {
      throw new GradeCancelledException("grade cancelled: deadline passed or engine gave up");
    }
  }

  /** Asks the grader to stop; called by the engine when it gives up on the grade. */
  public void cancel() {
    cancelled.set(true);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }
}
