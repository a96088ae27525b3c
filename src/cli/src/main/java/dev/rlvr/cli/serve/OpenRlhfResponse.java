package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.api.Score;
import dev.rlvr.engine.Recipe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response OpenRLHF's remote reward client reads: {@code rewards} (the recipe's reward),
 * {@code scores} (the reward scaled to 0..1, which OpenRLHF's dynamic filtering compares) and
 * {@code extra_logs} (one list per component, which it logs). A record that could not be scored
 * gets 0 everywhere: OpenRLHF needs a number for every sample.
 */
final class OpenRlhfResponse {
  private OpenRlhfResponse() {}

  static ObjectNode of(Recipe recipe, List<ItemOutcome> outcomes) {
    ObjectNode body = ServerJson.JSON.createObjectNode();
    ArrayNode rewards = body.putArray("rewards");
    ArrayNode scores = body.putArray("scores");
    ObjectNode extraLogs = body.putObject("extra_logs");
    Map<String, ArrayNode> perComponent = new LinkedHashMap<>();
    for (String name : recipe.componentNames()) {
      perComponent.put(name, extraLogs.putArray(name));
    }
    double scale = positiveWeightSum(recipe);
    for (ItemOutcome outcome : outcomes) {
      double reward = outcome.result() == null ? 0.0 : finite(outcome.result().reward());
      rewards.add(reward);
      scores.add(Math.clamp(reward / scale, 0.0, 1.0));
      for (Map.Entry<String, ArrayNode> component : perComponent.entrySet()) {
        Score score = outcome.result() == null ? null : outcome.result().components().get(component.getKey());
        component.getValue().add(score == null ? 0.0 : finite(score.value()));
      }
    }
    return body;
  }

  /** The largest reward a recipe gives when every component is fully met. */
  static double positiveWeightSum(Recipe recipe) {
    double sum = recipe.components().stream().mapToDouble(Recipe.Component::weight).filter(w -> w > 0).sum();
    return sum > 0 ? sum : 1.0;
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0.0;
  }
}
