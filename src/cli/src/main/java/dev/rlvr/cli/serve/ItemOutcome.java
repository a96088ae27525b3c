package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.record.OutputRecords;
import java.io.UncheckedIOException;

/**
 * What became of one record of a request.
 *
 * @param item the record as read
 * @param result its reward; null when it could not be read or the request ran out of time
 * @param status ok, error or timeout
 * @param error why there is no result; null when there is one
 */
record ItemOutcome(BatchItem item, RewardResult result, RecordStatus status, String error) {

  static ItemOutcome scored(BatchItem item, RewardResult result) {
    return new ItemOutcome(item, result, result.status(), null);
  }

  static ItemOutcome failed(BatchItem item, RecordStatus status, String error) {
    return new ItemOutcome(item, null, status, error);
  }

  /** The output record, exactly as {@code rlvr score} writes it. */
  String outputJson() {
    if (result != null) {
      return OutputRecords.scored(item.record(), result);
    }
    String json = OutputRecords.error(item.position(), item.record() != null ? item.record().id() : item.id(), error);
    if (status == RecordStatus.ERROR) {
      return json;
    }
    try {
      ObjectNode node = (ObjectNode) ServerJson.JSON.readTree(json);
      return node.put("status", status.wireName()).toString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
