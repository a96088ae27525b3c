package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.toolchain.Toolchains;
import java.nio.file.Path;

/**
 * How a sandbox instance is set up.
 *
 * @param cacheRoot where rlvr-init, compiled artifacts and run scratch directories live
 * @param toolchains the compilers and interpreters to use
 * @param maxParallel runs at once (defaults to the number of cores: process creation does not scale past them)
 * @param compileCacheEntries compiled programs kept
 * @param compileLimits limits of a compiler run
 * @param useCgroups whether to try cgroups for memory and process caps
 */
public record SandboxSettings(Path cacheRoot, Toolchains toolchains, int maxParallel, int compileCacheEntries,
    Limits compileLimits, boolean useCgroups) {

  public SandboxSettings {
    if (maxParallel < 1) {
      throw new IllegalArgumentException("maxParallel must be at least 1");
    }
    if (compileCacheEntries < 1) {
      throw new IllegalArgumentException("the compile cache must hold at least one entry");
    }
  }

  public static SandboxSettings defaults() {
    return new SandboxSettings(RunDirectories.defaultCacheRoot(), Toolchains.system(),
        Runtime.getRuntime().availableProcessors(), 256, Limits.COMPILE, true);
  }

  public SandboxSettings withMaxParallel(int value) {
    return new SandboxSettings(cacheRoot, toolchains, value, compileCacheEntries, compileLimits, useCgroups);
  }

  public SandboxSettings withCacheRoot(Path value) {
    return new SandboxSettings(value, toolchains, maxParallel, compileCacheEntries, compileLimits, useCgroups);
  }

  public SandboxSettings withCgroups(boolean value) {
    return new SandboxSettings(cacheRoot, toolchains, maxParallel, compileCacheEntries, compileLimits, value);
  }
}
