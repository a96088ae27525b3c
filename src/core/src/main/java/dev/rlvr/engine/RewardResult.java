package dev.rlvr.engine;

import dev.rlvr.api.Score;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The reward of one rollout under a recipe.
 *
 * @param reward the combined reward (weighted sum, gates applied)
 * @param components each component's score, in recipe order; never null
 * @param gatedOff the components whose gate was closed, so they did not count; never null
 * @param status ok, or why some component could not be judged
 * @param error what went wrong, one line; empty when the status is ok
 * @param elapsed the wall time of the whole record
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RewardResult(
    double reward,
    Map<String, Score> components,
    Set<String> gatedOff,
    RecordStatus status,
    String error,
    Duration elapsed) {

  /** Copies collections. */
  public RewardResult {
    components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    gatedOff = Set.copyOf(gatedOff);
    error = error == null ? "" : error;
  }

  /**
   * One component's score.
   *
   * @param name the component
   * @return its score
   * @throws IllegalArgumentException when the recipe has no such component
   */
  public Score component(String name) {
    Score s = components.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no component '" + name + "'; have " + components.keySet());
    }
    return s;
  }
}
