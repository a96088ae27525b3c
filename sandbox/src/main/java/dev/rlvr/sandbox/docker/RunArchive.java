package dev.rlvr.sandbox.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar stream that stages one run in a container: {@code <id>/src} with the program's files,
 * {@code <id>/in/stdin}, an owner-only {@code <id>/meta} for rlvr-init's report, and where needed
 * the compiled artifact ({@code art}, read-only) or the compiler's output directory ({@code out},
 * writable). Every entry belongs to root; the modes decide what the run's uid may touch.
 */
final class RunArchive {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
  private final String root;
  private final Set<String> directories = new HashSet<>();

  private RunArchive(String root) {
    this.root = root;
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
  }

  /**
   * @param layout the run
   * @param sources files for the work directory by relative name
   * @param stdin the program's standard input
   * @param artifact a host directory with the compiled artifact, or null
   * @param compilerOutput whether to add a directory the compiler (as the run's uid) may write to
   */
  static byte[] stage(RunLayout layout, Map<String, byte[]> sources, byte[] stdin, Path artifact,
      boolean compilerOutput) throws IOException {
    RunArchive archive = new RunArchive(layout.id());
    archive.directory("", 0711);
    archive.directory("src", 0755);
    for (Map.Entry<String, byte[]> source : sources.entrySet()) {
      archive.parents("src/" + source.getKey());
      archive.file("src/" + source.getKey(), source.getValue(), 0644);
    }
    archive.directory("in", 0755);
    archive.file("in/stdin", stdin, 0644);
    archive.directory("meta", 0700);
    if (artifact != null) {
      archive.directory("art", 0755);
      archive.tree(artifact, "art");
    }
    if (compilerOutput) {
      archive.directory("out", 0777);
    }
    return archive.finish();
  }

  private void tree(Path host, String prefix) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(host)) {
      paths = walk.filter(path -> !path.equals(host)).sorted().toList();
    }
    for (Path path : paths) {
      String name = prefix + "/" + host.relativize(path).toString().replace('\\', '/');
      if (Files.isDirectory(path)) {
        directory(name, 0755);
      } else if (Files.isRegularFile(path)) {
        // Executable for native binaries; harmless for class files.
        file(name, Files.readAllBytes(path), 0755);
      }
    }
  }

  /** Directories above a nested source file ("pkg/util.py" needs src/pkg). */
  private void parents(String relative) throws IOException {
    int slash = relative.indexOf('/', "src/".length());
    while (slash > 0) {
      directory(relative.substring(0, slash), 0755);
      slash = relative.indexOf('/', slash + 1);
    }
  }

  private void directory(String relative, int mode) throws IOException {
    if (!directories.add(relative)) {
      return;
    }
    TarArchiveEntry entry = new TarArchiveEntry(path(relative) + "/", TarArchiveEntry.LF_DIR);
    own(entry, mode);
    tar.putArchiveEntry(entry);
    tar.closeArchiveEntry();
  }

  private void file(String relative, byte[] content, int mode) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(path(relative));
    own(entry, mode);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }

  private String path(String relative) {
    return relative.isEmpty() ? root : root + "/" + relative;
  }

  private static void own(TarArchiveEntry entry, int mode) {
    entry.setMode((entry.isDirectory() ? 0040000 : 0100000) | mode);
    entry.setUserId(0);
    entry.setGroupId(0);
    entry.setUserName("root");
    entry.setGroupName("root");
    entry.setModTime(0);
  }

  private byte[] finish() {
    try {
      tar.finish();
      tar.close();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a tar into memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
