package dev.rlvr.sandbox.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Unpacks a compiler's output, as the engine hands it back in a tar stream, into a host directory
 * of the compile cache. The stream comes from a container that ran untrusted code: only regular
 * files and directories are taken, names may not leave the target, and the total size is capped.
 */
final class ArtifactArchive {

  private ArtifactArchive() {
  }

  /**
   * @param tar the engine's archive of one directory; its first path component is that directory's name
   * @param target an existing, empty host directory
   * @param maxBytes the most bytes of file content to accept
   * @return the number of files written
   * @throws IOException for an unsafe name or an archive past the cap
   */
  static int extract(InputStream tar, Path target, long maxBytes) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    long total = 0;
    int files = 0;
    try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
      TarArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String relative = withoutFirstComponent(entry.getName());
        if (relative.isEmpty() || !(regularFile(entry) || entry.isDirectory())) {
          continue;
        }
        Path destination = root.resolve(relative).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
          throw new IOException("artifact archive names a path outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
          continue;
        }
        total += entry.getSize();
        if (total > maxBytes) {
          throw new IOException("compiled artifact is larger than " + maxBytes + " bytes");
        }
        Files.createDirectories(destination.getParent());
        Files.copy(in, destination);
        if ((entry.getMode() & 0100) != 0) {
          destination.toFile().setExecutable(true, false);
        }
        files++;
      }
    }
    return files;
  }

  /** Strictly a plain file: commons-compress counts links and devices as files too. */
  private static boolean regularFile(TarArchiveEntry entry) {
    byte flag = entry.getLinkFlag();
    return (flag == TarArchiveEntry.LF_NORMAL || flag == TarArchiveEntry.LF_OLDNORM) && !entry.isDirectory();
  }

  private static String withoutFirstComponent(String name) {
    String trimmed = name.startsWith("./") ? name.substring(2) : name;
    int slash = trimmed.indexOf('/');
    return slash < 0 ? "" : trimmed.substring(slash + 1);
  }
}
