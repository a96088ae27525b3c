package dev.rlvr.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.record.OutputRecords;
import dev.rlvr.record.RecordException;

/**
 * Turns one input line into one output record, as {@code rlvr score} does: the record is read by
 * {@link InputRecordParser} and written by {@link OutputRecords}; a line that cannot be read
 * becomes an error record, never an exception.
 */
final class LineScorer {
  private final RewardEngine engine;
  private final InputRecordParser parser;

  LineScorer(RewardEngine engine, InputRecordParser parser) {
    this.engine = engine;
    this.parser = parser;
  }

  ScoredLine score(long line, String text) {
    InputRecord record;
    try {
      record = parser.parse(text, line);
    } catch (RecordException bad) {
      JsonNode id = parser.idOf(text);
      return new ScoredLine(line, idText(id), OutputRecords.error(line, id, bad.getMessage()),
          RecordStatus.ERROR, null, bad.getMessage());
    }
    RewardResult result;
    try {
      result = engine.score(record.rollout(), record.reference());
    } catch (RuntimeException failure) { // the engine promises not to throw; a job must not die if it does
      String message = "internal error: " + failure.getMessage();
      return new ScoredLine(line, idText(record.id()), OutputRecords.error(line, record.id(), message),
          RecordStatus.ERROR, null, message);
    }
    return new ScoredLine(line, idText(record.id()), OutputRecords.scored(record, result), result.status(),
        result, result.error().isEmpty() ? null : result.error());
  }

  private static String idText(JsonNode id) {
    if (id == null) {
      return null;
    }
    return id.isTextual() ? id.asText() : id.toString();
  }
}
