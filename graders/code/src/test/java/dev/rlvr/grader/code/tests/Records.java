package dev.rlvr.grader.code.tests;

import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.record.RecordException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fixture records of records.jsonl, read by id through the batch reader, so the reference a
 * test sees is what {@code rlvr score} would hand the grader.
 */
final class Records {
  private static final Map<String, InputRecord> BY_ID = load();

  private Records() {}

  static InputRecord get(String id) {
    return Objects.requireNonNull(BY_ID.get(id), "no fixture record " + id);
  }

  static TestSuite suite(String id) {
    InputRecord record = get(id);
    return TestSuiteReader.read(record.reference(), record.rollout().metadata());
  }

  private static Map<String, InputRecord> load() {
    InputRecordParser parser = new InputRecordParser(FieldMapping.defaults());
    Map<String, InputRecord> records = new LinkedHashMap<>();
    try (var in = Records.class.getResourceAsStream("records.jsonl");
        var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        InputRecord record = parser.parse(line, ++number);
        records.put(record.id().asText(), record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RecordException e) {
      throw new IllegalStateException("bad fixture: " + e.getMessage(), e);
    }
    return records;
  }
}
