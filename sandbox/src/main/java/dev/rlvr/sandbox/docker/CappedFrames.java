package dev.rlvr.sandbox.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Collects an exec's stdout and stderr frames, each up to a cap. The first byte past a cap runs
 * {@code onOverflow} (which kills the run) and closes the stream: a program that prints forever
 * costs one cap of memory and no more reading.
 */
final class CappedFrames extends ResultCallback.Adapter<Frame> {

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final long cap;
  private final Runnable onOverflow;
  private volatile boolean overflowed;

  CappedFrames(long cap, Runnable onOverflow) {
    this.cap = cap;
    this.onOverflow = onOverflow;
  }

  @Override
  public void onNext(Frame frame) {
    if (overflowed) {
      return;
    }
    ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
    byte[] payload = frame.getPayload();
    boolean passed;
    synchronized (this) {
      int room = (int) Math.max(0, Math.min(payload.length, cap - target.size()));
      target.write(payload, 0, room);
      passed = room < payload.length;
    }
    if (passed) {
      overflowed = true;
      onOverflow.run();
      try {
        close();
      } catch (IOException e) {
        // the connection is going away either way; what we kept stands
      }
    }
  }

  boolean overflowed() {
    return overflowed;
  }

  synchronized byte[] stdout() {
    return stdout.toByteArray();
  }

  synchronized byte[] stderr() {
    return stderr.toByteArray();
  }
}
