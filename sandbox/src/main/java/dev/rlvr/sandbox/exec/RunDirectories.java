package dev.rlvr.sandbox.exec;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The host directories of one sandbox instance: {@code <cache>/instance-<pid>-<n>/} holds compiled
 * artifacts and one scratch directory per run, and disappears when the sandbox closes. The
 * cache root can be passed through but not listed (0711); reports sit in owner-only directories.
 */
public final class RunDirectories implements AutoCloseable {

  private static final AtomicLong INSTANCES = new AtomicLong();

  private final Path cacheRoot;
  private final Path instance;
  private final AtomicLong runs = new AtomicLong();

  public RunDirectories(Path cacheRoot) throws IOException {
    this.cacheRoot = createPrivate(cacheRoot);
    this.instance = createPrivate(cacheRoot.resolve(
        "instance-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet()));
  }

  /** The default cache root: $RLVR_CACHE_DIR, else a per-user directory under java.io.tmpdir. */
  public static Path defaultCacheRoot() {
    String configured = System.getenv("RLVR_CACHE_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured, "sandbox");
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "rlvr-sandbox-" + System.getProperty("user.name"));
  }

  public Path cacheRoot() {
    return cacheRoot;
  }

  public Path instance() {
    return instance;
  }

  /** A fresh private directory for one run; the caller deletes it with {@link #deleteTree}. */
  public Path newRun() throws IOException {
    return createPrivate(instance.resolve("run-" + runs.incrementAndGet()));
  }

  /** A directory sandboxed uids may write (a compiler's output), inside a private parent. */
  public static Path createShared(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    return dir;
  }

  /** Owner-only, except that others may pass through (the process backend's uids must reach their work dir). */
  static Path createPrivate(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  /** Owner-only: rlvr-init's report, which the program must not forge. */
  static Path createSecret(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    return dir;
  }

  @Override
  public void close() {
    deleteTree(instance);
  }

  /** Deletes a directory tree, ignoring what is already gone; never throws. */
  public static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          try {
            Files.deleteIfExists(dir);
          } catch (java.nio.file.DirectoryNotEmptyException ignored) {
            // a file appeared while walking (a process not yet dead): leave it for the next close
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException ignored) {
      // already gone
    } catch (IOException ignored) {
      // best effort: a leftover scratch directory is harmless and lives under the private cache root
    }
  }
}
