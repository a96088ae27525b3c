package dev.rlvr.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The body OpenRLHF's remote reward client posts: {@code {"query": [...], "prompts": [...],
 * "labels": [...]}} (OpenRLHF v0.11.0, {@code openrlhf/utils/agent.py},
 * {@code SingleTurnAgentExecutor._fetch_rewards_via_http}), checked and turned into input records.
 *
 * <p>A label is the gold answer (a string, or a list of acceptable answers), or an object, or a
 * JSON string holding an object, whose fields ({@code ground_truth}, {@code data_source},
 * {@code target_language}, ...) join the record as a batch record's would.
 *
 * @param queries prompt + response texts
 * @param prompts the templated prompts; empty strings when the client sent none
 * @param labels the labels; null nodes when the client sent none
 */
record OpenRlhfRequest(List<String> queries, List<String> prompts, List<JsonNode> labels) {

  static OpenRlhfRequest parse(JsonNode body) throws RequestException {
    if (body == null || !body.isObject()) {
      throw RequestException.badRequest("expected a JSON object {\"query\": [...], \"prompts\": [...], \"labels\": [...]}");
    }
    JsonNode query = body.get("query");
    if (query == null || !query.isArray()) {
      throw RequestException.badRequest("\"query\" must be a list of strings (prompt + response texts)");
    }
    List<String> queries = strings(query, "query");
    List<String> prompts = body.hasNonNull("prompts") ? strings(list(body, "prompts"), "prompts")
        : new ArrayList<>(Collections.nCopies(queries.size(), ""));
    List<JsonNode> labels = new ArrayList<>();
    if (body.hasNonNull("labels")) {
      list(body, "labels").forEach(labels::add);
    } else {
      labels.addAll(Collections.nCopies(queries.size(), null));
    }
    if (prompts.size() != queries.size() || labels.size() != queries.size()) {
      throw RequestException.badRequest("\"query\", \"prompts\" and \"labels\" must be lists of the same length, got "
          + queries.size() + ", " + prompts.size() + " and " + labels.size());
    }
    return new OpenRlhfRequest(queries, prompts, labels);
  }

  int size() {
    return queries.size();
  }

  /** The input record of sample {@code i}: prompt, response, and what the label says. */
  ObjectNode record(int i) {
    ObjectNode record = ServerJson.JSON.createObjectNode();
    JsonNode label = labels.get(i);
    JsonNode fields = labelObject(label);
    if (fields != null) {
      for (Map.Entry<String, JsonNode> field : fields.properties()) {
        record.set(field.getKey(), field.getValue());
      }
    } else if (label != null && !label.isNull()) {
      record.set("ground_truth", label);
    }
    record.put("prompt", prompts.get(i));
    record.put("completion", ResponseText.of(queries.get(i), prompts.get(i)));
    return record;
  }

  /** The label as an object of record fields, or null when it is a plain answer. */
  private static JsonNode labelObject(JsonNode label) {
    if (label == null) {
      return null;
    }
    if (label.isObject()) {
      return label;
    }
    if (label.isTextual() && label.asText().strip().startsWith("{")) {
      try {
        JsonNode parsed = ServerJson.JSON.readTree(label.asText());
        return parsed != null && parsed.isObject() ? parsed : null;
      } catch (JsonProcessingException notJson) {
        return null; // a set such as {1, 2} written as an answer
      }
    }
    return null;
  }

  private static JsonNode list(JsonNode body, String name) throws RequestException {
    JsonNode node = body.get(name);
    if (!node.isArray()) {
      throw RequestException.badRequest("\"" + name + "\" must be a list, got " + node.getNodeType());
    }
    return node;
  }

  private static List<String> strings(JsonNode array, String name) throws RequestException {
    List<String> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isTextual()) {
        throw RequestException.badRequest("\"" + name + "\"[" + i + "] must be a string, got " + item.getNodeType());
      }
      out.add(item.asText());
    }
    return out;
  }
}
