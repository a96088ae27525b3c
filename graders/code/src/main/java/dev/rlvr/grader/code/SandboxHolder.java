package dev.rlvr.grader.code;

import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * The grader's sandbox: created on first use (a recipe may be loaded where no test ever runs, as
 * in `rlvr graders`), and shared by every code grader of the JVM with the same backend, so that
 * several engines (rlvr serve keeps one per recipe and weights) share one pool of warm workers
 * and one compile cache instead of starting their own. The last grader to close closes it.
 */
final class SandboxHolder implements AutoCloseable {
  private static final Map<String, Shared> SHARED = new HashMap<>();

  private final String backend;
  private final boolean warmPython;
  private boolean leased;
  private boolean closed;

  SandboxHolder(String backend, boolean warmPython) {
    this.backend = backend;
    this.warmPython = warmPython;
  }

  synchronized Sandbox get() {
    if (closed) {
      throw new IllegalStateException("the code grader was closed");
    }
    Sandbox sandbox = acquire(key(), leased);
    leased = true;
    return sandbox;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (leased) {
      leased = false;
      release(key());
    }
  }

  private String key() {
    return backend + "|" + warmPython;
  }

  private Sandbox acquire(String key, boolean alreadyCounted) {
    synchronized (SHARED) {
      Shared shared = SHARED.get(key);
      if (shared == null) {
        shared = new Shared(Sandboxes.create(backend, SandboxSettings.defaults(), warmPython));
        SHARED.put(key, shared);
      }
      if (!alreadyCounted) {
        shared.users++;
      }
      return shared.sandbox;
    }
  }

  private static void release(String key) {
    synchronized (SHARED) {
      Shared shared = SHARED.get(key);
      if (shared != null && --shared.users <= 0) {
        SHARED.remove(key);
        shared.sandbox.close();
      }
    }
  }

  /** One sandbox and how many graders hold it. */
  private static final class Shared {
    final Sandbox sandbox;
    int users;

    Shared(Sandbox sandbox) {
      this.sandbox = sandbox;
    }
  }
}
