package dev.rlvr.sandbox.hostile;

import dev.rlvr.sandbox.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One default (bwrap) sandbox per hostile test class, in a cache directory of its own so that the
 * class can check that nothing was left in it; skipped where bubblewrap is missing.
 */
abstract class HostileSandboxTest {

  static Path cacheRoot;
  static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() throws Exception {
    Hostile.assumeBwrap();
    cacheRoot = Hostile.newCacheRoot();
    sandbox = Hostile.bwrap(cacheRoot);
  }

  @AfterAll
  static void stopSandbox() {
    Hostile.closeQuietly(sandbox, cacheRoot);
  }
}
