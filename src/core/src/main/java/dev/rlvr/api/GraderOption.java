package dev.rlvr.api;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One option a grader accepts, as shown by {@code rlvr graders} and checked when a recipe
 * creates the grader.
 *
 * @param name the key in a recipe's {@code options}; never null
 * @param type one of {@code string}, {@code boolean}, {@code integer}, {@code number},
 *     {@code choice}, {@code list}; never null
 * @param defaultValue the default, as text; empty when there is none
 * @param choices the allowed values of a {@code choice}; empty otherwise
 * @param description what it does; never null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GraderOption(
    String name, String type, String defaultValue, List<String> choices, String description) {

  /** Validates and copies. */
  public GraderOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    defaultValue = defaultValue == null ? "" : defaultValue;
    choices = choices == null ? List.of() : List.copyOf(choices);
    description = description == null ? "" : description;
  }

  /**
   * A free-text option.
   *
   * @param name the key
   * @param defaultValue the default
   * @param description what it does
   * @return the option
   */
  public static GraderOption string(String name, String defaultValue, String description) {
    return new GraderOption(name, "string", defaultValue, List.of(), description);
  }

  /**
   * A yes/no option.
   *
   * @param name the key
   * @param defaultValue the default
   * @param description what it does
   * @return the option
   */
  public static GraderOption bool(String name, boolean defaultValue, String description) {
    return new GraderOption(name, "boolean", Boolean.toString(defaultValue), List.of(), description);
  }

  /**
   * A whole-number option.
   *
   * @param name the key
   * @param defaultValue the default
   * @param description what it does
   * @return the option
   */
  public static GraderOption integer(String name, long defaultValue, String description) {
    return new GraderOption(name, "integer", Long.toString(defaultValue), List.of(), description);
  }

  /**
   * A real-number option.
   *
   * @param name the key
   * @param defaultValue the default
   * @param description what it does
   * @return the option
   */
  public static GraderOption number(String name, double defaultValue, String description) {
    return new GraderOption(name, "number", Double.toString(defaultValue), List.of(), description);
  }

  /**
   * An option with a fixed set of values.
   *
   * @param name the key
   * @param defaultValue the default, one of {@code choices}
   * @param choices the allowed values
   * @param description what it does
   * @return the option
   */
  public static GraderOption choice(
      String name, String defaultValue, List<String> choices, String description) {
    return new GraderOption(name, "choice", defaultValue, choices, description);
  }

  /**
   * A list-of-strings option.
   *
   * @param name the key
   * @param defaultValue the default items
   * @param description what it does
   * @return the option
   */
  public static GraderOption list(String name, List<String> defaultValue, String description) {
    return new GraderOption(name, "list", String.join(",", defaultValue), List.of(), description);
  }
}
