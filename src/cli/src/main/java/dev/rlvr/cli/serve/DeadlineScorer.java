package dev.rlvr.cli.serve;

import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores the records of requests on one shared pool, each request under its deadline.
 *
 * <p>The pool's queue is bounded (every admitted request's whole batch fits, no more). A record
 * still waiting when its request's deadline passes is skipped; one already running ends within
 * its components' own timeouts. Either way the request answers at its deadline, with a timeout
 * outcome for each record it could not score.
 */
final class DeadlineScorer implements AutoCloseable {
  private final ExecutorService pool;

  DeadlineScorer(int threads, int queueCapacity) {
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(queueCapacity), runnable -> {
          Thread t = new Thread(runnable, "rlvr-serve-record-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  List<ItemOutcome> score(RewardEngine engine, List<BatchItem> items, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    List<CompletableFuture<RewardResult>> futures = new ArrayList<>(items.size());
    for (BatchItem item : items) {
      futures.add(item.record() == null ? null : start(engine, item, deadline));
    }
    List<ItemOutcome> outcomes = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      outcomes.add(finish(items.get(i), futures.get(i), deadline, budget));
    }
    return outcomes;
  }

  private CompletableFuture<RewardResult> start(RewardEngine engine, BatchItem item, long deadline) {
    try {
      return CompletableFuture.supplyAsync(() -> System.nanoTime() - deadline >= 0
          ? null
          : engine.score(item.record().rollout(), item.record().reference()), pool);
    } catch (RejectedExecutionException full) {
      return CompletableFuture.failedFuture(full);
    }
  }

  private static ItemOutcome finish(BatchItem item, CompletableFuture<RewardResult> future, long deadline,
      Duration budget) {
    if (future == null) {
      return ItemOutcome.failed(item, RecordStatus.ERROR, item.error());
    }
    String late = "the request's " + budget.toSeconds() + " s deadline (--deadline-s) passed before this record was scored";
    try {
      RewardResult result = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return result == null ? ItemOutcome.failed(item, RecordStatus.TIMEOUT, late) : ItemOutcome.scored(item, result);
    } catch (TimeoutException e) {
      future.cancel(false);
      return ItemOutcome.failed(item, RecordStatus.TIMEOUT, late);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ItemOutcome.failed(item, RecordStatus.ERROR, "scoring was interrupted (the server is stopping)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String why = cause instanceof RejectedExecutionException
          ? "the scoring queue is full" : "internal error: " + cause;
      return ItemOutcome.failed(item, RecordStatus.ERROR, why);
    }
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }
}
