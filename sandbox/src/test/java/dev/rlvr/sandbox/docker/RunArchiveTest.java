package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunArchiveTest {

  private final RunLayout layout = new RunLayout("r3");

  /** Entry name to (mode, content) as the engine would unpack it. */
  private record Entry(int mode, boolean directory, int uid, String content) {
  }

  @Test
  void stagesSourcesStdinAndAPrivateReportDirectoryAllOwnedByRoot() throws IOException {
    Map<String, byte[]> sources = new LinkedHashMap<>();
    sources.put("main.py", "print(input())".getBytes(StandardCharsets.UTF_8));
    sources.put("pkg/a.py", "A = 1".getBytes(StandardCharsets.UTF_8));
    sources.put("pkg/b.py", "B = 2".getBytes(StandardCharsets.UTF_8));
    Map<String, Entry> entries = read(RunArchive.stage(layout, sources, "42\n".getBytes(StandardCharsets.UTF_8),
        null, false));

    assertThat(entries.keySet()).containsExactly("r3/", "r3/src/", "r3/src/main.py", "r3/src/pkg/",
        "r3/src/pkg/a.py", "r3/src/pkg/b.py", "r3/in/", "r3/in/stdin", "r3/meta/");
    assertThat(entries.get("r3/").mode()).isEqualTo(0711);
    assertThat(entries.get("r3/src/").mode()).as("read-only to the run: it works on a copy").isEqualTo(0755);
    assertThat(entries.get("r3/src/main.py")).isEqualTo(new Entry(0644, false, 0, "print(input())"));
    assertThat(entries.get("r3/src/pkg/b.py").content()).isEqualTo("B = 2");
    assertThat(entries.get("r3/in/stdin")).isEqualTo(new Entry(0644, false, 0, "42\n"));
    assertThat(entries.get("r3/meta/").mode()).as("the program must not forge the report").isEqualTo(0700);
    assertThat(entries.values()).allSatisfy(entry -> assertThat(entry.uid()).isZero());
  }

  @Test
  void stagesAnArtifactExecutableAndACompilerOutputDirectoryWritable(@TempDir Path dir) throws IOException {
    Path artifact = Files.createDirectories(dir.resolve("artifact"));
    Files.write(artifact.resolve("main"), new byte[] {0x7f, 'E', 'L', 'F'});
    Files.createDirectories(artifact.resolve("pkg"));
    Files.writeString(artifact.resolve("pkg/Util.class"), "cafebabe");

    Map<String, Entry> run = read(RunArchive.stage(layout, Map.of(), new byte[0], artifact, false));
    assertThat(run).containsKeys("r3/art/", "r3/art/main", "r3/art/pkg/", "r3/art/pkg/Util.class")
        .doesNotContainKey("r3/out/");
    assertThat(run.get("r3/art/main").mode()).isEqualTo(0755);
    assertThat(run.get("r3/art/main").content()).isEqualTo("\u007fELF");
    assertThat(run.get("r3/src/").directory()).isTrue();

    Map<String, Entry> compile = read(RunArchive.stage(layout, Map.of(), new byte[0], null, true));
    assertThat(compile.get("r3/out/").mode()).as("the compiler runs as the run's uid").isEqualTo(0777);
    assertThat(compile).doesNotContainKey("r3/art/");
  }

  private static Map<String, Entry> read(byte[] tar) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      TarArchiveEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String content = entry.isDirectory() ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        Entry previous = entries.put(entry.getName(), new Entry(entry.getMode() & 07777, entry.isDirectory(),
            (int) entry.getLongUserId(), content));
        assertThat(previous).as("entry %s written twice", entry.getName()).isNull();
      }
    }
    return entries;
  }
}
