package dev.rlvr.sandbox.graal;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JVM heap as the memory guard sees it: the bytes still in use after the most recent garbage
 * collection (old and survivor spaces, as G1, Parallel and Serial name their pools; eden after a
 * collection is garbage or about to be copied), and the heap's maximum. Reading the collectors is
 * cheap while no collection happened since the last look, so every watchdog tick may ask.
 */
final class HeapGauge {

  private static final long FULL_COLLECTION_SPACING_NANOS = 1_000_000_000L;

  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class);
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .filter(name -> !name.contains("Eden"))
      .collect(Collectors.toUnmodifiableSet());
  private final long max = maxHeap();
  private long collectionsSeen = -1;
  private long lastFullCollection = System.nanoTime() - FULL_COLLECTION_SPACING_NANOS - 1;
  private long live;

  /** Bytes in use after the latest collection; 0 before the first one. */
  synchronized long liveBytes() {
    long collections = 0;
    for (GarbageCollectorMXBean collector : collectors) {
      collections += Math.max(0, collector.getCollectionCount());
    }
    if (collections != collectionsSeen) {
      collectionsSeen = collections;
      live = liveAfterLatestCollection();
    }
    return live;
  }

  /**
   * Like {@link #liveBytes} but after a full collection, which also frees the garbage that young
   * collections promoted (dead contexts of earlier runs): for confirming a suspected memory bomb
   * before stopping it. At most one full collection per second, so bombs cannot stall the JVM.
   */
  synchronized long confirmedLiveBytes() {
    long now = System.nanoTime();
    if (now - lastFullCollection > FULL_COLLECTION_SPACING_NANOS) {
      lastFullCollection = now;
      System.gc(); // a no-op under -XX:+DisableExplicitGC; then the estimate stands as it is
    }
    return liveBytes();
  }

  long maxBytes() {
    return max;
  }

  private long liveAfterLatestCollection() {
    GcInfo latest = null;
    for (GarbageCollectorMXBean collector : collectors) {
      GcInfo info = collector.getLastGcInfo();
      if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
        latest = info;
      }
    }
    if (latest == null) {
      return 0;
    }
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> pool : latest.getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        sum += pool.getValue().getUsed();
      }
    }
    return sum;
  }

  private static long maxHeap() {
    long declared = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    return declared > 0 ? declared : Runtime.getRuntime().maxMemory();
  }
}
