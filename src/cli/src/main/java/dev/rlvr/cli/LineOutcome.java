package dev.rlvr.cli;

import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardResult;

/**
 * The output of one input line: the JSON to write and what the summary counts.
 *
 * @param json the output record, one line
 * @param status its status
 * @param result the reward, or null when the line could not be read
 */
record LineOutcome(String json, RecordStatus status, RewardResult result) {

  boolean badInput() {
    return result == null;
  }
}
