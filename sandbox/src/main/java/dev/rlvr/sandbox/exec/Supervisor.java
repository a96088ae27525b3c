package dev.rlvr.sandbox.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * rlvr-init, the small C program that starts every sandboxed run (see its source for why). It
 * ships as source in this jar and is built once per machine with the C compiler into the cache
 * directory, named by the hash of its source so that an upgrade rebuilds it.
 */
public final class Supervisor {

  private static final String SOURCE = "/dev/rlvr/sandbox/rlvr-init.c";

  private final Path binary;

  private Supervisor(Path binary) {
    this.binary = binary;
  }

  public Path binary() {
    return binary;
  }

  /** Builds rlvr-init into cacheDir unless a build of this source is already there. */
  public static synchronized Supervisor build(Path cacheDir) throws IOException {
    byte[] source;
    try (InputStream in = Supervisor.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IOException("rlvr-init.c is missing from the rlvr-sandbox jar");
      }
      source = in.readAllBytes();
    }
    String hash = sha256(source).substring(0, 16);
    Path binDir = Files.createDirectories(cacheDir.resolve("bin"));
    Path binary = binDir.resolve("rlvr-init-" + hash);
    if (Files.isExecutable(binary)) {
      return new Supervisor(binary);
    }
    Path work = Files.createTempDirectory(binDir, "build-");
    try {
      Path sourceFile = work.resolve("rlvr-init.c");
      Files.write(sourceFile, source);
      Path built = work.resolve("rlvr-init");
      String cc = compiler();
      Process process = new ProcessBuilder(cc, "-O2", "-o", built.toString(), sourceFile.toString())
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException("cannot build rlvr-init with " + cc + ": " + output.strip());
      }
      Files.setPosixFilePermissions(built, PosixFilePermissions.fromString("rwxr-xr-x"));
      try {
        Files.move(built, binary, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(built, binary, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Supervisor(binary);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while building rlvr-init", e);
    } finally {
      RunDirectories.deleteTree(work);
    }
  }

  private static String compiler() throws IOException {
    for (String name : new String[] {"cc", "gcc", "clang"}) {
      for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    throw new IOException("no C compiler (cc, gcc or clang) to build rlvr-init: install gcc");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
