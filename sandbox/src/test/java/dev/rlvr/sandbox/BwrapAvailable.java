package dev.rlvr.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.sandbox.bwrap.BwrapSandbox;

/** Tests that need bubblewrap skip, saying why, where it is not installed (.ci/run installs it). */
final class BwrapAvailable {

  private BwrapAvailable() {
  }

  static void assumeInstalled() {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(), () -> BwrapSandbox.unusableReason().orElse(""));
  }
}
