package dev.rlvr.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The options a recipe gives a grader, with typed getters that fail with a clear message.
 *
 * <p>Values come from YAML or JSON, so numbers and booleans may arrive as text; the getters
 * accept both. A missing key yields the default.
 *
 * @param grader the grader's name, for error messages; never null
 * @param options the raw options; never null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GraderConfig(String grader, Map<String, Object> options) {

  /** Copies the options. */
  public GraderConfig {
    grader = grader == null ? "" : grader;
    options = options == null || options.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /**
   * A configuration with no options: every grader's defaults.
   *
   * @param grader the grader's name
   * @return the configuration
   */
  public static GraderConfig empty(String grader) {
    return new GraderConfig(grader, Map.of());
  }

  /**
   * A text option.
   *
   * @param key the option
   * @param fallback the default
   * @return the value
   */
  public String string(String key, String fallback) {
    Object raw = options.get(key);
    return raw == null ? fallback : raw.toString();
  }

  /**
   * A yes/no option.
   *
   * @param key the option
   * @param fallback the default
   * @return the value
   * @throws ConfigException when the value is not a boolean
   */
  public boolean bool(String key, boolean fallback) {
    Object raw = options.get(key);
    if (raw == null) {
      return fallback;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    String text = raw.toString().trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw invalid(key, raw, "true or false");
    };
  }

  /**
   * A real-number option.
   *
   * @param key the option
   * @param fallback the default
   * @return the value
   * @throws ConfigException when the value is not a finite number
   */
  public double number(String key, double fallback) {
    Object raw = options.get(key);
    if (raw == null) {
      return fallback;
    }
    try {
      double value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw invalid(key, raw, "a finite number");
  }

  /**
   * A whole-number option.
   *
   * @param key the option
   * @param fallback the default
   * @return the value
   * @throws ConfigException when the value is not a whole number
   */
  public long integer(String key, long fallback) {
    Object raw = options.get(key);
    if (raw == null) {
      return fallback;
    }
    try {
      if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
        return n.longValue();
      }
      return Long.parseLong(raw.toString().trim());
    } catch (NumberFormatException notANumber) {
      throw invalid(key, raw, "a whole number");
    }
  }

  /**
   * An option with a fixed set of values, compared without regard to case.
   *
   * @param key the option
   * @param fallback the default
   * @param allowed the accepted values, lower case
   * @return the value, lower case
   * @throws ConfigException when the value is not one of {@code allowed}
   */
  public String choice(String key, String fallback, List<String> allowed) {
    String value = string(key, fallback).trim().toLowerCase(Locale.ROOT);
    if (!allowed.contains(value)) {
      throw invalid(key, options.get(key), "one of " + String.join(", ", allowed));
    }
    return value;
  }

  /**
   * A list-of-strings option; a single string is split on commas.
   *
   * @param key the option
   * @param fallback the default
   * @return the items, trimmed, empty ones dropped
   */
  public List<String> list(String key, List<String> fallback) {
    Object raw = options.get(key);
    if (raw == null) {
      return fallback;
    }
    List<String> items = new ArrayList<>();
    if (raw instanceof List<?> list) {
      list.forEach(item -> addTrimmed(items, String.valueOf(item)));
    } else {
      for (String part : raw.toString().split(",")) {
        addTrimmed(items, part);
      }
    }
    return List.copyOf(items);
  }

  private static void addTrimmed(List<String> items, String item) {
    String trimmed = item.trim();
    if (!trimmed.isEmpty()) {
      items.add(trimmed);
    }
  }

  private ConfigException invalid(String key, Object raw, String expected) {
    return new ConfigException(
        "grader '" + grader + "': option '" + key + "' must be " + expected + ", got '" + raw + "'");
  }

  /**
   * Rejects keys a grader does not declare, so a typo never silently keeps a default. The registry
   * calls it for every grader it creates; a provider that is also created directly may call it too.
   *
   * @param declared the options the grader accepts
   * @throws ConfigException naming the unknown key and the accepted ones
   */
  public void requireDeclared(List<GraderOption> declared) {
    List<String> accepted = declared.stream().map(GraderOption::name).toList();
    for (String key : options.keySet()) {
      if (!accepted.contains(key)) {
        throw new ConfigException("grader '" + grader + "' has no option '" + key + "'; "
            + (accepted.isEmpty() ? "it takes none" : "it accepts: " + String.join(", ", accepted)));
      }
    }
  }
}
