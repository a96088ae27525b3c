package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactArchiveTest {

  @TempDir
  Path target;

  @Test
  void unpacksFilesBelowTheArchivedDirectoryKeepingTheExecutableBit() throws IOException {
    byte[] tar = tar(new TarBuilder().directory("out/").file("out/main", "ELF", 0755)
        .directory("out/pkg/").file("out/pkg/A.class", "cafe", 0644));
    assertThat(ArtifactArchive.extract(new ByteArrayInputStream(tar), target, 1000)).isEqualTo(2);
    assertThat(target.resolve("main")).hasContent("ELF");
    assertThat(Files.isExecutable(target.resolve("main"))).isTrue();
    assertThat(target.resolve("pkg/A.class")).hasContent("cafe");
    assertThat(Files.isExecutable(target.resolve("pkg/A.class"))).isFalse();
  }

  @Test
  void refusesNamesThatLeaveTheTarget() {
    byte[] tar = tar(new TarBuilder().file("out/../../escaped", "x", 0644));
    assertThatThrownBy(() -> ArtifactArchive.extract(new ByteArrayInputStream(tar), target, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("outside");
    assertThat(target.getParent().resolve("escaped")).doesNotExist();
  }

  @Test
  void skipsLinksAProgramCouldHavePlanted() throws IOException {
    byte[] tar = tar(new TarBuilder().symlink("out/main", "/etc/passwd").file("out/ok", "fine", 0644));
    ArtifactArchive.extract(new ByteArrayInputStream(tar), target, 1000);
    assertThat(target.resolve("main")).doesNotExist();
    assertThat(target.resolve("ok")).hasContent("fine");
  }

  @Test
  void stopsAtTheSizeCap() {
    byte[] tar = tar(new TarBuilder().file("out/a", "12345", 0644).file("out/b", "678901", 0644));
    assertThatThrownBy(() -> ArtifactArchive.extract(new ByteArrayInputStream(tar), target, 10))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than 10 bytes");
  }

  /** A tar as the engine sends one, with whatever entries a test needs. */
  private static final class TarBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    TarBuilder directory(String name) {
      return put(new TarArchiveEntry(name, TarArchiveEntry.LF_DIR), null);
    }

    TarBuilder file(String name, String content, int mode) {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setMode(0100000 | mode);
      return put(entry, content.getBytes(StandardCharsets.UTF_8));
    }

    TarBuilder symlink(String name, String target) {
      TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      entry.setLinkName(target);
      return put(entry, null);
    }

    private TarBuilder put(TarArchiveEntry entry, byte[] content) {
      try {
        if (content != null) {
          entry.setSize(content.length);
        }
        tar.putArchiveEntry(entry);
        if (content != null) {
          tar.write(content);
        }
        tar.closeArchiveEntry();
        return this;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private static byte[] tar(TarBuilder builder) {
    try {
      builder.tar.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return builder.bytes.toByteArray();
  }
}
