package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.record.RecordException;

/**
 * One record of a request, read with the same parser as {@code rlvr score}: either the record or
 * why it could not be read.
 *
 * @param position its 1-based place in the request (the {@code line} of an error record)
 * @param record the record; null when it could not be read
 * @param id its id when readable, for the error record; may be null
 * @param error what is wrong; null when it was read
 */
record BatchItem(long position, InputRecord record, JsonNode id, String error) {

  static BatchItem read(InputRecordParser parser, JsonNode node, long position) {
    String text = node.toString();
    try {
      return new BatchItem(position, parser.parse(text, position), null, null);
    } catch (RecordException bad) {
      return new BatchItem(position, null, parser.idOf(text), bad.getMessage());
    }
  }
}
