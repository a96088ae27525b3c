package dev.rlvr.cli.serve;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the scoring requests in flight. A request beyond the bound is refused at once (the
 * caller answers 503), never queued; on shutdown no new request gets in and the ones inside are
 * waited for.
 */
final class Admission {
  private final int capacity;
  private final Semaphore permits;
  private volatile boolean closed;

  Admission(int capacity) {
    this.capacity = capacity;
    this.permits = new Semaphore(capacity);
  }

  /** Takes a slot if one is free and the server is not shutting down; {@link #leave} gives it back. */
  boolean tryEnter() {
    return !closed && permits.tryAcquire();
  }

  void leave() {
    permits.release();
  }

  int inFlight() {
    return capacity - permits.availablePermits();
  }

  int capacity() {
    return capacity;
  }

  boolean closed() {
    return closed;
  }

  /**
   * Lets no new request in, then waits for those inside to leave.
   *
   * @return true when all left within the grace period
   */
  boolean closeAndAwaitIdle(Duration grace) throws InterruptedException {
    closed = true;
    if (permits.tryAcquire(capacity, grace.toNanos(), TimeUnit.NANOSECONDS)) {
      permits.release(capacity);
      return true;
    }
    return false;
  }
}
