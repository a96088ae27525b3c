package dev.rlvr.sandbox.docker;

import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.toolchain.Toolchain;
import java.nio.file.Path;
import java.util.List;

/**
 * The toolchains of the sandbox image (sandbox/docker/Dockerfile installs them from Debian at
 * these paths). The image id stands in for the tools' versions: a rebuilt image is a new
 * toolchain for the compile cache.
 */
final class ImageToolchains {

  private ImageToolchains() {
  }

  static Toolchain of(Language language, String imageId) {
    String version = "image " + imageId;
    return switch (language) {
      case PYTHON -> new Toolchain(language, null, Path.of("/usr/bin/python3"), version, List.of());
      case C -> new Toolchain(language, Path.of("/usr/bin/gcc"), null, version, List.of());
      case CPP -> new Toolchain(language, Path.of("/usr/bin/g++"), null, version, List.of());
      case JAVA -> new Toolchain(language, Path.of("/usr/bin/javac"), Path.of("/usr/bin/java"), version,
          List.of());
      case JAVASCRIPT -> new Toolchain(language, null, Path.of("/usr/bin/node"), version, List.of());
    };
  }
}
