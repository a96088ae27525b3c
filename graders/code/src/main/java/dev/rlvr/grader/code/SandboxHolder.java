package dev.rlvr.grader.code;

import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.exec.SandboxSettings;

/**
 * Creates the grader's sandbox on first use (a recipe may be loaded where no test ever runs, as
 * in `rlvr graders`) and keeps it for every later grade.
 */
final class SandboxHolder implements AutoCloseable {
  private final String backend;
  private final boolean warmPython;
  private Sandbox sandbox;
  private boolean closed;

  SandboxHolder(String backend, boolean warmPython) {
    this.backend = backend;
    this.warmPython = warmPython;
  }

  synchronized Sandbox get() {
    if (closed) {
      throw new IllegalStateException("the code grader was closed");
    }
    if (sandbox == null) {
      sandbox = Sandboxes.create(backend, SandboxSettings.defaults(), warmPython);
    }
    return sandbox;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }
}
