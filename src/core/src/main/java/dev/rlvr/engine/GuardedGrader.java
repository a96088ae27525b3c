package dev.rlvr.engine;

import dev.rlvr.api.GradeCancelledException;
import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one grader call on a grader thread under a deadline and turns every outcome into a
 * {@link Score}: a value, a TIMEOUT when the deadline passes, an INTERNAL_ERROR when it throws.
 *
 * <p>The call runs on another thread so that a grader stuck in a loop costs its own thread, not
 * the caller's: the caller stops waiting at the deadline, cancels the context, interrupts the
 * thread and goes on. Java cannot kill a thread, so a grader that ignores both keeps running until
 * it ends by itself; the engine counts those.
 */
final class GuardedGrader {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedGrader.class);

  private final String component;
  private final Grader grader;
  private final Duration timeout;
  private final AtomicLong abandoned;

  /** Releases what the grader holds (a sandbox, worker processes) if it holds anything. */
  void close() {
    if (grader instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // closing is best effort: the engine is going away either way
      }
    }
  }

  GuardedGrader(String component, Grader grader, Duration timeout, AtomicLong abandoned) {
    this.component = component;
    this.grader = grader;
    this.timeout = timeout;
    this.abandoned = abandoned;
  }

  /** A grade in flight: the future and the context to cancel. */
  record Pending(Future<Score> future, GradeContext context, long startNanos) {}

  Pending start(Rollout rollout, Reference reference, ExecutorService executor) {
    GradeContext context = GradeContext.withTimeout(timeout);
    long start = System.nanoTime();
    Future<Score> future = executor.submit(() -> callSafely(rollout, reference, context));
    return new Pending(future, context, start);
  }

  Score finish(Pending pending) {
    long waitNanos = timeout.toNanos() - (System.nanoTime() - pending.startNanos());
    Score score;
    try {
      score = pending.future().get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
    } catch (TimeoutException late) {
      giveUp(pending);
      score = Score.error(Verdict.TIMEOUT, "ran past its " + timeout.toMillis() + " ms deadline");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      giveUp(pending);
      score = Score.error(Verdict.INTERNAL_ERROR, "scoring was interrupted");
    } catch (ExecutionException | CancellationException unexpected) {
      score = Score.error(Verdict.INTERNAL_ERROR, describe(unexpected));
    }
    return score.withElapsed(Duration.ofNanos(System.nanoTime() - pending.startNanos()));
  }

  private Score callSafely(Rollout rollout, Reference reference, GradeContext context) {
    try {
      Score score = grader.grade(rollout, reference, context);
      if (score == null) {
        return Score.error(Verdict.INTERNAL_ERROR, "grader for '" + component + "' returned no score");
      }
      return score;
    } catch (GradeCancelledException cancelled) {
      return Score.error(Verdict.TIMEOUT, "stopped at its " + timeout.toMillis() + " ms deadline");
    } catch (Throwable failure) { // a grader bug, StackOverflowError included, must not end the batch
      LOG.warn("grader for component '{}' failed: {}", component, failure.toString());
      LOG.debug("grader failure", failure);
      return Score.error(Verdict.INTERNAL_ERROR, describe(failure));
    }
  }

  private void giveUp(Pending pending) {
    pending.context().cancel();
    if (pending.future().cancel(true)) {
      abandoned.incrementAndGet();
    }
  }

  private static String describe(Throwable t) {
    Throwable cause = t instanceof ExecutionException && t.getCause() != null ? t.getCause() : t;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

}
