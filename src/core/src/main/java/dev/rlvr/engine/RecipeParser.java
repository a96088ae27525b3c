package dev.rlvr.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rlvr.api.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a recipe from YAML or JSON text (JSON is YAML, so one parser reads both).
 *
 * <pre>
 * name: r1-zero-math
 * timeout_ms: 10000          # default deadline of each grade
 * components:
 *   - name: accuracy
 *     grader: math
 *     weight: 1.0
 *   - name: format
 *     grader: format
 *     weight: 1.0
 *     options: {template: auto, mode: strict}
 *     gate: format           # or {component: format, min_score: 1.0}
 * </pre>
 *
 * <p>{@code components} may also be a map from component name to its settings. Unknown keys are
 * errors: a misspelt {@code wieght} must not silently keep the default.
 */
final class RecipeParser {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> RECIPE_KEYS = Set.of("name", "description", "timeout_ms", "components");
  private static final Set<String> COMPONENT_KEYS =
      Set.of("name", "grader", "weight", "timeout_ms", "options", "gate");

  private RecipeParser() {}

  /**
   * Parses recipe text.
   *
   * @param text YAML or JSON
   * @param origin where it came from, for error messages
   * @return the recipe
   * @throws ConfigException when the text is not a valid recipe
   */
  static Recipe parse(String text, String origin) {
    Object root;
    try {
      root = YAML.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("recipe " + origin + " is not valid YAML or JSON: " + e.getOriginalMessage());
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new ConfigException("recipe " + origin + " must be a mapping with name and components");
    }
    Map<String, Object> fields = stringKeys(map, origin);
    checkKeys(fields, RECIPE_KEYS, "recipe " + origin);
    String name = text(fields.get("name"));
    Duration defaultTimeout = timeout(fields.get("timeout_ms"), DEFAULT_TIMEOUT, "recipe " + origin);
    List<Recipe.Component> components = new ArrayList<>();
    Object raw = fields.get("components");
    if (raw instanceof List<?> list) {
      for (Object item : list) {
        components.add(component(null, item, defaultTimeout, origin));
      }
    } else if (raw instanceof Map<?, ?> byName) {
      for (Map.Entry<?, ?> e : byName.entrySet()) {
        components.add(component(String.valueOf(e.getKey()), e.getValue(), defaultTimeout, origin));
      }
    } else {
      throw new ConfigException("recipe " + origin + " needs 'components': a list or a mapping");
    }
    return new Recipe(name, text(fields.get("description")), components);
  }

  private static Recipe.Component component(
      String key, Object raw, Duration defaultTimeout, String origin) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw new ConfigException("recipe " + origin + ": each component must be a mapping");
    }
    Map<String, Object> fields = stringKeys(map, origin);
    String where = "recipe " + origin + ", component '" + (key != null ? key : fields.get("name")) + "'";
    checkKeys(fields, COMPONENT_KEYS, where);
    String name = key != null ? key : text(fields.get("name"));
    String grader = fields.containsKey("grader") ? text(fields.get("grader")) : name;
    double weight = number(fields.getOrDefault("weight", 1.0), where + ": weight");
    Duration timeout = timeout(fields.get("timeout_ms"), defaultTimeout, where);
    Object options = fields.getOrDefault("options", Map.of());
    if (!(options instanceof Map<?, ?> optionMap)) {
      throw new ConfigException(where + ": options must be a mapping");
    }
    return new Recipe.Component(
        name, grader, weight, timeout, stringKeys(optionMap, origin), gate(fields.get("gate"), where));
  }

  private static Recipe.Gate gate(Object raw, String where) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Map<?, ?> map) {
      Object component = map.get("component");
      double min = map.containsKey("min_score") ? number(map.get("min_score"), where + ": gate min_score") : 1.0;
      return new Recipe.Gate(text(component), min);
    }
    return new Recipe.Gate(text(raw), 1.0);
  }

  private static Duration timeout(Object raw, Duration fallback, String where) {
    if (raw == null) {
      return fallback;
    }
    double ms = number(raw, where + ": timeout_ms");
    if (ms <= 0) {
      throw new ConfigException(where + ": timeout_ms must be positive, got " + raw);
    }
    return Duration.ofNanos((long) (ms * 1_000_000));
  }

  private static double number(Object raw, String where) {
    try {
      return raw instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(raw));
    } catch (NumberFormatException e) {
      throw new ConfigException(where + " must be a number, got '" + raw + "'");
    }
  }

  private static String text(Object raw) {
    return raw == null ? "" : raw.toString().trim();
  }

  private static void checkKeys(Map<String, Object> fields, Set<String> allowed, String where) {
    for (String key : fields.keySet()) {
      if (!allowed.contains(key)) {
        throw new ConfigException(where + ": unknown key '" + key + "'; allowed: "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map, String origin) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      out.put(String.valueOf(e.getKey()), e.getValue());
    }
    return out;
  }
}
