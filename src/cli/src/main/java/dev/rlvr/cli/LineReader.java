package dev.rlvr.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text split on {@code \n} only (a lone {@code \r} inside a broken line must not make
 * two records out of one line), dropping a {@code \r} before the break and a byte order mark at
 * the start. Malformed bytes become U+FFFD rather than an exception: the line still gets its
 * output record.
 */
final class LineReader implements AutoCloseable {
  private final BufferedReader reader;
  private final StringBuilder line = new StringBuilder();
  private boolean ended;
  private boolean started;

  LineReader(InputStream in) {
    this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** The next line without its break, or null at the end. A final line without a break counts. */
  String next() throws IOException {
    if (ended) {
      return null;
    }
    line.setLength(0);
    int c = reader.read();
    if (!started) {
      started = true;
      // editors on Windows save UTF-8 with a BOM; it would make the first record invalid JSON
      if (c == '\uFEFF') {
        c = reader.read();
      }
    }
    for (; c >= 0; c = reader.read()) {
      if (c == '\n') {
        return withoutCarriageReturn();
      }
      line.append((char) c);
    }
    ended = true;
    return line.isEmpty() ? null : withoutCarriageReturn();
  }

  private String withoutCarriageReturn() {
    int n = line.length();
    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
