package dev.rlvr.spark;

import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardResult;

/**
 * One input record, scored.
 *
 * @param line its 1-based place in the input: the order key of the output
 * @param id its id as text; null when it had none
 * @param json the output record, exactly as {@code rlvr score} writes it
 * @param status its status
 * @param result the reward; null when the record could not be read
 * @param error what went wrong; null when nothing did
 */
record ScoredLine(long line, String id, String json, RecordStatus status, RewardResult result, String error) {}
