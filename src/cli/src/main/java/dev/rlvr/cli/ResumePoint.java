package dev.rlvr.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.record.InputRecordParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a killed run stopped: the output file holds one complete line per input line done, in
 * input order, perhaps followed by a partial line cut by the kill. Resuming drops the partial
 * line and skips that many input lines, so no id is written twice and none is missed.
 */
final class ResumePoint {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResumePoint() {}

  /**
   * Truncates the output after its last complete line and returns how many lines it holds.
   *
   * @throws IllegalArgumentException when the output does not belong to this input
   */
  static long prepare(Path output, Path input, InputRecordParser parser) throws IOException {
    if (!Files.exists(output)) {
      return 0;
    }
    long done;
    String lastLine;
    try (RandomAccessFile file = new RandomAccessFile(output.toFile(), "rw")) {
      long keep = endOfLastCompleteLine(file);
      file.setLength(keep);
      done = countLines(output);
      lastLine = done == 0 ? null : lastLine(file, keep);
    }
    if (done > 0 && input != null) {
      checkSameInput(output, input, parser, done, lastLine);
    }
    return done;
  }

  private static long endOfLastCompleteLine(RandomAccessFile file) throws IOException {
    long pos = file.length();
    byte[] buf = new byte[8192];
    while (pos > 0) {
      int n = (int) Math.min(buf.length, pos);
      file.seek(pos - n);
      file.readFully(buf, 0, n);
      for (int i = n - 1; i >= 0; i--) {
        if (buf[i] == '\n') {
          return pos - n + i + 1;
        }
      }
      pos -= n;
    }
    return 0;
  }

  private static long countLines(Path file) throws IOException {
    long count = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static String lastLine(RandomAccessFile file, long end) throws IOException {
    long start = end - 1;
    while (start > 0) {
      file.seek(start - 1);
      if (file.read() == '\n') {
        break;
      }
      start--;
    }
    byte[] bytes = new byte[(int) (end - 1 - start)];
    file.seek(start);
    file.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The last output line must be the output of input line {@code done}: same line or id. */
  private static void checkSameInput(Path output, Path input, InputRecordParser parser, long done, String last)
      throws IOException {
    String inputLine = nthLine(input, done);
    if (inputLine == null) {
      throw new IllegalArgumentException("cannot resume: " + output + " has " + done
          + " lines but " + input + " has fewer; was it written from another input?");
    }
    JsonNode out;
    try {
      out = JSON.readTree(last);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot resume: the last line of " + output + " is not JSON");
    }
    JsonNode outId = out.get("id");
    JsonNode inId = parser.idOf(inputLine);
    if (outId != null && !outId.isNull() && inId != null && !Objects.equals(outId, inId)) {
      throw new IllegalArgumentException("cannot resume: line " + done + " of " + output + " has id "
          + outId + " but line " + done + " of " + input + " has id " + inId + "; was it written from another input?");
    }
  }

  private static String nthLine(Path input, long n) throws IOException {
    try (LineReader reader = new LineReader(Files.newInputStream(input))) {
      String line = null;
      for (long i = 0; i < n; i++) {
        line = reader.next();
        if (line == null) {
          return null;
        }
      }
      return line;
    }
  }
}
