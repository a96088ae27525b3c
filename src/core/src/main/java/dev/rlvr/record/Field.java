package dev.rlvr.record;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The canonical fields of an input record, as {@code --map canonical=field.path} names them.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Field {
  /** The record's id. */
  ID,
  /** The prompt: text or chat messages. */
  PROMPT,
  /** The completion: text or chat messages. */
  COMPLETION,
  /** The chain of thought given apart from a text completion. */
  REASONING,
  /** Gold answer(s) or test cases. */
  GROUND_TRUTH,
  /** The dataset, for routing. */
  DATA_SOURCE,
  /** An explicit task. */
  TASK,
  /** The programming language of a code task. */
  LANGUAGE,
  /** The natural language the chain of thought should use. */
  TARGET_LANGUAGE,
  /** Anything else a grader needs. */
  EXTRA_INFO;

  /**
   * The field's name in records and in {@code --map}.
   *
   * @return the lower-case name, such as {@code ground_truth}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks a field up by its wire name.
   *
   * @param name such as {@code ground_truth}
   * @return the field
   * @throws IllegalArgumentException when there is no such field
   */
  public static Field fromWireName(String name) {
    for (Field f : values()) {
      if (f.wireName().equals(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown field '" + name + "'; fields: "
        + String.join(", ", java.util.Arrays.stream(values()).map(Field::wireName).toList()));
  }
}
