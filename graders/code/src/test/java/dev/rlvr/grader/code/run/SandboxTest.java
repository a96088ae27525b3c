package dev.rlvr.grader.code.run;

import dev.rlvr.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One bwrap sandbox per runner test class (skipped, with the reason, where bubblewrap is missing). */
abstract class SandboxTest {
  static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = Runners.sandbox();
  }

  @AfterAll
  static void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }
}
