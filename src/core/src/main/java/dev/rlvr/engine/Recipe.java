package dev.rlvr.engine;

import dev.rlvr.api.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How graders combine into one reward: a weighted sum of named components, where a component may
 * count only when another passed (a gate), each with its own deadline.
 *
 * <p>{@code reward = sum over components of weight * value}, where a gated component whose gate
 * failed contributes 0. Component names are stable across recipes ({@code accuracy},
 * {@code format}, {@code language}...) so every output record has the same keys.
 *
 * @param name the recipe's name; never blank
 * @param description one line for people; never null
 * @param components the components, in output order; at least one
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Recipe(String name, String description, List<Component> components) {

  /** Validates names and gates. */
  public Recipe {
    if (name == null || name.isBlank()) {
      throw new ConfigException("a recipe needs a name");
    }
    description = description == null ? "" : description;
    components = List.copyOf(Objects.requireNonNull(components, "components"));
    if (components.isEmpty()) {
      throw new ConfigException("recipe '" + name + "' has no components");
    }
    Set<String> seen = new HashSet<>();
    for (Component c : components) {
      if (!seen.add(c.name())) {
        throw new ConfigException("recipe '" + name + "' has two components named '" + c.name() + "'");
      }
    }
    for (Component c : components) {
      if (c.gate() != null) {
        checkGate(name, c, components);
      }
    }
  }

  private static void checkGate(String recipe, Component gated, List<Component> all) {
    Component target = all.stream()
        .filter(c -> c.name().equals(gated.gate().component()))
        .findFirst()
        .orElseThrow(() -> new ConfigException("recipe '" + recipe + "': component '"
            + gated.name() + "' is gated on '" + gated.gate().component() + "', which is not a component"));
    if (target == gated) {
      throw new ConfigException("recipe '" + recipe + "': component '" + gated.name() + "' is gated on itself");
    }
    if (target.gate() != null) {
      throw new ConfigException("recipe '" + recipe + "': component '" + gated.name()
          + "' is gated on '" + target.name() + "', which is itself gated; gate on an ungated component");
    }
  }

  /**
   * The component names, in order.
   *
   * @return the names
   */
  public List<String> componentNames() {
    return components.stream().map(Component::name).toList();
  }

  /**
   * Returns a copy with some weights replaced (for per-request weights).
   *
   * @param weights new weights by component name
   * @return a new recipe
   * @throws ConfigException when a name is not a component
   */
  public Recipe withWeights(Map<String, Double> weights) {
    for (String key : weights.keySet()) {
      if (!componentNames().contains(key)) {
        throw new ConfigException("recipe '" + name + "' has no component '" + key
            + "'; components: " + String.join(", ", componentNames()));
      }
    }
    List<Component> copy = new ArrayList<>();
    for (Component c : components) {
      double w = weights.getOrDefault(c.name(), c.weight());
      copy.add(new Component(c.name(), c.grader(), w, c.timeout(), c.options(), c.gate()));
    }
    return new Recipe(name, description, copy);
  }

  /**
   * One term of the reward.
   *
   * @param name the output key ({@code accuracy}, {@code format}...); never blank
   * @param grader the grader's name; never blank
   * @param weight the factor applied to the grader's value; finite
   * @param timeout the deadline of one grade; positive
   * @param options the grader's options; never null
   * @param gate the condition for this component to count; null when it always counts
   */
  public record Component(
      String name, String grader, double weight, Duration timeout, Map<String, Object> options, Gate gate) {

    /** Validates. */
    public Component {
      if (name == null || name.isBlank()) {
        throw new ConfigException("a recipe component needs a name");
      }
      if (grader == null || grader.isBlank()) {
        throw new ConfigException("component '" + name + "' names no grader");
      }
      if (!Double.isFinite(weight)) {
        throw new ConfigException("component '" + name + "': weight must be a finite number");
      }
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new ConfigException("component '" + name + "': timeout must be positive");
      }
      options = options == null ? Map.of() : Map.copyOf(options);
    }
  }

  /**
   * A condition on another component: the gated component counts only when that component's
   * value is at least {@code minScore} and its verdict is a judgement (not a timeout or error).
   *
   * @param component the component looked at; never blank
   * @param minScore the least value that opens the gate
   */
  public record Gate(String component, double minScore) {

    /** Validates. */
    public Gate {
      if (component == null || component.isBlank()) {
        throw new ConfigException("a gate must name a component");
      }
    }
  }
}
