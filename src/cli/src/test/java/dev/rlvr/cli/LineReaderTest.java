package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<String> lines(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void dropsAByteOrderMarkAtTheStartOnly() throws IOException {
    assertThat(lines("\uFEFF{\"id\": 1}\r\n\uFEFF{\"id\": 2}\n"))
        .containsExactly("{\"id\": 1}", "\uFEFF{\"id\": 2}");
    assertThat(lines("\uFEFF")).isEmpty();
    assertThat(lines("\uFEFF\n{}")).containsExactly("", "{}");
  }

  @Test
  void splitsOnNewlinesOnlyAndKeepsAFinalLineWithoutOne() throws IOException {
    assertThat(lines("a\r\n\nb\rc\nlast")).containsExactly("a", "", "b\rc", "last");
  }
}
