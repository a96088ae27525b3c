package dev.rlvr.sandbox.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one output stream of a run on its own thread, keeping at most {@code cap} bytes. The
 * first byte past the cap calls {@code onOverflow} (which kills the run), so a program that
 * prints forever costs one cap of memory and no waiting.
 */
final class CappedCapture {

  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean overflowed;

  private CappedCapture() {
  }

  static CappedCapture start(InputStream stream, long cap, Runnable onOverflow, String name) {
    CappedCapture capture = new CappedCapture();
    Thread.ofVirtual().name(name).start(() -> capture.pump(stream, cap, onOverflow));
    return capture;
  }

  private void pump(InputStream stream, long cap, Runnable onOverflow) {
    byte[] buffer = new byte[16 * 1024];
    try (stream) {
      int read;
      while ((read = stream.read(buffer)) >= 0) {
        int room = (int) Math.max(0, Math.min(read, cap - kept.size()));
        synchronized (kept) {
          kept.write(buffer, 0, room);
        }
        if (room < read) {
          overflowed = true;
          onOverflow.run();
          return;
        }
      }
    } catch (IOException e) {
      // the stream closed under us because the run was killed: what we kept stands
    } finally {
      done.countDown();
    }
  }

  /** Waits for the end of the stream; false if it stayed open (a process still holds it). */
  boolean await(long millis) throws InterruptedException {
    return done.await(millis, TimeUnit.MILLISECONDS);
  }

  boolean overflowed() {
    return overflowed;
  }

  byte[] bytes() {
    synchronized (kept) {
      return kept.toByteArray();
    }
  }
}
