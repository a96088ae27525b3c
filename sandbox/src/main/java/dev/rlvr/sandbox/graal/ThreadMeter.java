package dev.rlvr.sandbox.graal;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time and allocated bytes of one platform thread, from the JVM's thread bean. Either reads
 * as -1 where this JVM cannot tell; the guards then leave that limit to the others.
 */
final class ThreadMeter {

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final long threadId;

  ThreadMeter(Thread thread) {
    this.threadId = thread.threadId();
  }

  long cpuNanos() {
    return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(threadId) : -1;
  }

  long allocatedBytes() {
    return THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled()
        ? THREADS.getThreadAllocatedBytes(threadId)
        : -1;
  }
}
