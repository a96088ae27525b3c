package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.toolchain.LanguageCommands;
import dev.rlvr.sandbox.toolchain.Toolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A precompiled {@code <bits/stdc++.h>} for C++ answers, which nearly all contest solutions
 * include first: compiling it takes 2-3 s of a ~3 s compile here, and with the PCH a compile
 * takes a third of that. Built once per toolchain and flags into the cache directory (kept across
 * runs), from the system's own header with exactly the flags answers are compiled with, outside
 * the sandbox because its only input is that trusted header. Answers that do not include it first
 * compile as before: GCC simply ignores the PCH.
 */
public final class PrecompiledHeaders {
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledHeaders.class);
  private static final String HEADER = "bits/stdc++.h";

  private final Path cacheRoot;
  private Optional<Path> built;

  public PrecompiledHeaders(Path cacheRoot) {
    this.cacheRoot = cacheRoot;
  }

  /** Whether a C++ source can use the PCH at all (GCC uses it only for this header). */
  public static boolean wanted(String source) {
    return source.contains(HEADER);
  }

  /** The include directory holding {@code bits/stdc++.h.gch}, building it on first use; empty if it cannot be built. */
  public synchronized Optional<Path> includeDirectory(Toolchain cpp) {
    if (built == null) {
      built = build(cpp);
    }
    return built;
  }

  private Optional<Path> build(Toolchain cpp) {
    try {
      Path dir = cacheRoot.resolve("pch").resolve(key(cpp));
      Path gch = dir.resolve(HEADER + ".gch");
      if (Files.isRegularFile(gch) && Files.isReadable(gch)) {
        Files.setPosixFilePermissions(gch, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        return Optional.of(dir);
      }
      Optional<Path> header = locateHeader(cpp);
      if (header.isEmpty()) {
        return Optional.empty();
      }
      Files.createDirectories(gch.getParent());
      Path partial = Files.createTempFile(gch.getParent(), "stdc++", ".partial");
      List<String> command = new ArrayList<>(List.of(cpp.compiler().toString()));
      command.addAll(LanguageCommands.CPP_FLAGS);
      command.addAll(List.of("-x", "c++-header", header.get().toString(), "-o", partial.toString()));
      if (run(command).isEmpty()) {
        Files.deleteIfExists(partial);
        return Optional.empty();
      }
      // A temp file is owner-only; the compiler reads it as the run's uid.
      Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      try {
        Files.move(partial, gch, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, gch, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.of(dir);
    } catch (IOException | RuntimeException e) {
      LOG.warn("no precompiled <bits/stdc++.h>: C++ answers compile without it ({})", e.getMessage());
      return Optional.empty();
    }
  }

  /** Where the compiler finds the header: the dependency list of a one-line source that includes it. */
  private static Optional<Path> locateHeader(Toolchain cpp) throws IOException {
    Path probe = Files.createTempFile("rlvr-pch-probe", ".cpp");
    try {
      Files.writeString(probe, "#include <" + HEADER + ">\n");
      List<String> command = new ArrayList<>(List.of(cpp.compiler().toString()));
      command.addAll(LanguageCommands.CPP_FLAGS);
      command.addAll(List.of("-M", probe.toString()));
      return run(command).flatMap(dependencies -> {
        for (String item : dependencies.split("[\\s\\\\]+")) {
          if (item.endsWith("/" + HEADER)) {
            return Optional.of(Path.of(item));
          }
        }
        return Optional.empty();
      });
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  private static Optional<String> run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
  }

  private static String key(Toolchain cpp) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((cpp.fingerprint() + "|" + LanguageCommands.CPP_FLAGS).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
