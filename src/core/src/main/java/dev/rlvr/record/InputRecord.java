package dev.rlvr.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import org.apiguardian.api.API;

/**
 * One input line, read.
 *
 * @param line the 1-based line number in the input
 * @param id the record's id exactly as given (string or number); null when it had none
 * @param rollout the prompt and completion
 * @param reference the gold answers or tests
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InputRecord(long line, JsonNode id, Rollout rollout, Reference reference) {}
