package dev.rlvr.sandbox.graal;

import dev.rlvr.sandbox.Limits;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one running guest against its wall-time, CPU-time and memory limits on every tick of a
 * shared scheduler, and stops the run at the first one passed. Created on the guest's
 * thread just before the program starts, so set-up costs count against no limit.
 *
 * <p>Memory is an estimate, because every context shares the JVM's heap: the run passes its
 * limit when its thread has allocated more than the limit since it started <em>and</em> the heap
 * still in use after a collection grew by more than the limit (or the heap is nearly full). The
 * first condition keeps a small run from being blamed for another's growth; the second keeps a
 * run that only churns through garbage from being blamed at all. Before it stops a run, the
 * watchdog confirms the growth after a full collection (at most one a second), so garbage that
 * young collections promoted, such as earlier runs' dead contexts, does not count.
 */
final class RunWatchdog implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(RunWatchdog.class);

  /** Above this share of the maximum heap in use after a collection, any big allocator is stopped. */
  private static final double HEAP_NEARLY_FULL = 0.85;

  private final GuestRun run;
  private final ThreadMeter meter;
  private final HeapGauge heap;
  private final long wallNanos;
  private final long cpuNanos;
  private final long memoryCap;
  private final long startNanos = System.nanoTime();
  private final long startCpu;
  private final long startAllocated;
  private final long startLive;
  private volatile long peakGrowth;

  RunWatchdog(GuestRun run, Limits limits, ThreadMeter meter, HeapGauge heap) {
    this.run = run;
    this.meter = meter;
    this.heap = heap;
    this.wallNanos = limits.wallTime().toNanos();
    this.cpuNanos = limits.cpuTime().toNanos();
    this.memoryCap = Math.min(limits.memoryBytes(), heap.maxBytes() / 2); // one run never gets half the heap
    this.startCpu = meter.cpuNanos();
    this.startAllocated = meter.allocatedBytes();
    this.startLive = heap.liveBytes();
  }

  @Override
  public void run() {
    try {
      check();
    } catch (OutOfMemoryError e) {
      run.stop(Stop.MEMORY); // the heap is exhausted: the guest is the likeliest cause
    } catch (RuntimeException e) {
      // a periodic task that throws is never run again: log and keep guarding
      LOG.warn("graal watchdog check failed", e);
    }
  }

  private void check() {
    if (System.nanoTime() - startNanos > wallNanos) {
      run.stop(Stop.WALL_TIME);
    } else if (startCpu >= 0 && meter.cpuNanos() - startCpu > cpuNanos) {
      run.stop(Stop.CPU_TIME);
    } else if (overMemory()) {
      run.stop(Stop.MEMORY);
    }
  }

  private boolean overMemory() {
    long live = heap.liveBytes();
    long growth = live - startLive;
    peakGrowth = Math.max(peakGrowth, growth);
    if (startAllocated < 0 || meter.allocatedBytes() - startAllocated <= memoryCap) {
      return false;
    }
    if (growth <= memoryCap && live <= heap.maxBytes() * HEAP_NEARLY_FULL) {
      return false;
    }
    long confirmed = heap.confirmedLiveBytes();
    return confirmed - startLive > memoryCap || confirmed > heap.maxBytes() * HEAP_NEARLY_FULL;
  }

  /** The real time since the program started. */
  Duration wallTime() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** The guest thread's CPU time since the program started, zero where the JVM cannot tell. */
  Duration cpuTime() {
    return startCpu < 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, meter.cpuNanos() - startCpu));
  }

  /** The largest heap growth after a collection seen while the program ran: an estimate. */
  long peakMemoryBytes() {
    return Math.max(0, peakGrowth);
  }

  /** The memory limit this run is held to: the asked one, at most half the heap. */
  long memoryCap() {
    return memoryCap;
  }
}
