package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.engine.RewardEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /score}: a JSON array of batch input records in, the array of output records out,
 * one per input in order, as {@code rlvr score} writes them. {@code POST /v1/score} takes
 * {@code {"items": [...], "options": {"recipe": ..., "weights": {...}}}} and answers
 * {@code {"results": [...]}}.
 */
final class ScoreEndpoint implements ScoringEndpoint {
  private static final Set<String> OPTIONS = Set.of("recipe", "weights");

  private final ScoringService service;
  private final boolean wrapped;

  /**
   * @param wrapped true for the {@code /v1/score} envelope, false for a bare array
   */
  ScoreEndpoint(ScoringService service, boolean wrapped) {
    this.service = service;
    this.wrapped = wrapped;
  }

  @Override
  public byte[] handle(byte[] body, QueryParameters query) throws RequestException {
    JsonNode root = JsonBody.parse(body);
    JsonNode items = wrapped ? root.path("items") : root;
    if (!items.isArray()) {
      throw RequestException.badRequest(wrapped
          ? "expected {\"items\": [input records], \"options\": {...}}"
          : "expected a JSON array of input records, got " + root.getNodeType());
    }
    RewardEngine engine = engine(wrapped ? root.path("options") : null, query);
    List<JsonNode> nodes = new ArrayList<>(items.size());
    items.forEach(nodes::add);
    List<ItemOutcome> outcomes = service.score(engine, service.read(nodes));
    StringBuilder out = new StringBuilder(outcomes.size() * 256).append(wrapped ? "{\"results\":[" : "[");
    for (int i = 0; i < outcomes.size(); i++) {
      out.append(i == 0 ? "" : ",").append(outcomes.get(i).outputJson());
    }
    return out.append(wrapped ? "]}" : "]").toString().getBytes(StandardCharsets.UTF_8);
  }

  private RewardEngine engine(JsonNode options, QueryParameters query) throws RequestException {
    if (options == null || options.isMissingNode() || options.isNull()) {
      return service.engine(query.recipe(), query.weights());
    }
    if (!options.isObject()) {
      throw RequestException.badRequest("\"options\" must be an object such as {\"recipe\": \"math\"}");
    }
    for (Map.Entry<String, JsonNode> option : options.properties()) {
      if (!OPTIONS.contains(option.getKey())) {
        throw RequestException.badRequest("unknown option '" + option.getKey() + "'; options are " + OPTIONS);
      }
    }
    JsonNode recipe = options.path("recipe");
    if (!recipe.isMissingNode() && !recipe.isTextual()) {
      throw RequestException.badRequest("options.recipe must be a recipe name");
    }
    List<String> weights = new ArrayList<>(query.weights());
    JsonNode given = options.path("weights");
    if (!given.isMissingNode() && !given.isObject()) {
      throw RequestException.badRequest("options.weights must be an object such as {\"format\": 0.5}");
    }
    for (Map.Entry<String, JsonNode> w : given.properties()) {
      if (!w.getValue().isNumber()) {
        throw RequestException.badRequest("options.weights." + w.getKey() + " must be a number");
      }
      weights.add(w.getKey() + "=" + w.getValue().asDouble());
    }
    return service.engine(recipe.isTextual() ? recipe.asText() : query.recipe(), weights);
  }
}
