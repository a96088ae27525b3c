package dev.rlvr.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.api.Score;
import dev.rlvr.engine.RewardResult;
import java.time.Duration;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes output records: one JSON object per input line, with the same component keys for every
 * record of a recipe (verl's batch reward manager needs that).
 *
 * <pre>
 * {"id": "a1", "score": 1.1, "components": {"accuracy": 1.0, "format": 0.1},
 *  "details": {"accuracy": {"verdict": "CORRECT", "reason": "...", "pred": "72"}, ...},
 *  "status": "ok", "error": null, "elapsed_ms": 0.4}
 * {"line": 17, "status": "error", "error": "invalid JSON at column 3: ...", "score": null}
 * </pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutputRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputRecords() {}

  /**
   * The output line of a scored record.
   *
   * @param input the record read
   * @param result its reward
   * @return one line of JSON, without a line break
   */
  public static String scored(InputRecord input, RewardResult result) {
    ObjectNode out = JSON.createObjectNode();
    out.set("id", input.id());
    out.put("score", result.reward());
    ObjectNode components = out.putObject("components");
    ObjectNode details = JSON.createObjectNode();
    for (Map.Entry<String, Score> e : result.components().entrySet()) {
      components.put(e.getKey(), e.getValue().value());
      details.set(e.getKey(), details(e.getValue(), result.gatedOff().contains(e.getKey())));
    }
    out.set("details", details);
    out.put("status", result.status().wireName());
    if (result.error().isEmpty()) {
      out.putNull("error");
    } else {
      out.put("error", result.error());
    }
    out.put("elapsed_ms", millis(result.elapsed()));
    return write(out);
  }

  /**
   * The output line of an input line that could not be read.
   *
   * @param line the 1-based line number
   * @param id the id, when the line had a readable one; may be null
   * @param message what is wrong
   * @return one line of JSON, without a line break
   */
  public static String error(long line, JsonNode id, String message) {
    ObjectNode out = JSON.createObjectNode();
    out.put("line", line);
    if (id != null) {
      out.set("id", id);
    }
    out.put("status", "error");
    out.put("error", message);
    out.putNull("score");
    return write(out);
  }

  private static ObjectNode details(Score score, boolean gatedOff) {
    ObjectNode node = JSON.createObjectNode();
    node.put("verdict", score.verdict().name());
    node.put("reason", score.reason());
    for (Map.Entry<String, Object> d : score.details().entrySet()) {
      node.set(d.getKey(), toJson(d.getValue()));
    }
    if (gatedOff) {
      node.put("gated", true);
    }
    node.put("elapsed_ms", millis(score.elapsed()));
    return node;
  }

  private static JsonNode toJson(Object value) {
    try {
      return JSON.valueToTree(value);
    } catch (IllegalArgumentException notSerializable) {
      return JSON.getNodeFactory().textNode(String.valueOf(value));
    }
  }

  private static double millis(Duration d) {
    return Math.round(d.toNanos() / 1_000.0) / 1_000.0;
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an output record", e);
    }
  }
}
