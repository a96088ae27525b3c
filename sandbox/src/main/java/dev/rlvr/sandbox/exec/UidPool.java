package dev.rlvr.sandbox.exec;

import java.util.BitSet;

/**
 * Unprivileged uids lent to concurrent runs, one per run at a time. A uid of its own gives a run
 * an RLIMIT_NPROC that counts only its processes, and lets rlvr-init sweep exactly its leftovers.
 * The range starts from the JVM's pid so that two rlvr processes on one host rarely share uids.
 */
public final class UidPool {

  private final int base;
  private final int size;
  private final BitSet taken = new BitSet();

  public UidPool(int base, int size) {
    if (base < 1000 || size < 1) {
      throw new IllegalArgumentException("uids must start at 1000 or above and the pool must not be empty");
    }
    this.base = base;
    this.size = size;
  }

  /** 256 uids at 100000 + (pid mod 3000) * 256: far above login users, below 2^31. */
  public static UidPool forThisProcess() {
    long pid = ProcessHandle.current().pid();
    return new UidPool(100_000 + (int) (pid % 3000) * 256, 256);
  }

  /** Takes a free uid, waiting when all are lent. */
  public synchronized int acquire() throws InterruptedException {
    while (taken.cardinality() >= size) {
      wait();
    }
    int slot = taken.nextClearBit(0);
    taken.set(slot);
    return base + slot;
  }

  public synchronized void release(int uid) {
    taken.clear(uid - base);
    notifyAll();
  }

  /** The slot index of a uid, for per-slot resources such as cgroups. */
  public int slotOf(int uid) {
    return uid - base;
  }
}
