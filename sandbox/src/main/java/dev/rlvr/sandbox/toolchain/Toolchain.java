package dev.rlvr.sandbox.toolchain;

import dev.rlvr.sandbox.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * The executables that compile and run one language on this machine.
 *
 * @param language the language
 * @param compiler the compiler (gcc, g++, javac), or null for interpreted languages
 * @param runtime the interpreter or VM (python3, java, node), or null for native binaries
 * @param version the first line of the tool's version output: part of the compile cache key
 * @param roots directories outside /usr the tools live in; sandboxes mount them read-only
 */
public record Toolchain(Language language, Path compiler, Path runtime, String version, List<Path> roots) {

  public Toolchain {
    roots = List.copyOf(roots);
  }

  /** Identity of the toolchain for cache keys: paths and version. */
  public String fingerprint() {
    return language.id() + "|" + compiler + "|" + runtime + "|" + version;
  }
}
