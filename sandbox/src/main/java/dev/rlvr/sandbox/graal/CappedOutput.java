package dev.rlvr.sandbox.graal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One output stream of a guest run, keeping at most {@code cap} bytes. The first byte past the
 * cap calls {@code onOverflow} once (which cancels the run); later writes are dropped, so a
 * program that prints forever costs one cap of memory. Writes after {@link #seal} are dropped
 * too: nothing a program prints after {@code process.exit} counts.
 */
final class CappedOutput extends OutputStream {

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final long cap;
  private final Runnable onOverflow;
  private boolean overflowed;
  private boolean sealed;

  CappedOutput(long cap, Runnable onOverflow) {
    this.cap = cap;
    this.onOverflow = onOverflow;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    boolean overflowNow;
    synchronized (this) {
      if (sealed || overflowed) {
        return;
      }
      int room = (int) Math.min(length, cap - kept.size());
      kept.write(bytes, offset, room);
      overflowNow = room < length;
      overflowed = overflowNow;
    }
    if (overflowNow) {
      onOverflow.run(); // outside the lock: cancelling may wait for this very thread
    }
  }

  /** Stops keeping anything written from now on. */
  synchronized void seal() {
    sealed = true;
  }

  synchronized boolean overflowed() {
    return overflowed;
  }

  synchronized String text() {
    return kept.toString(StandardCharsets.UTF_8);
  }
}
