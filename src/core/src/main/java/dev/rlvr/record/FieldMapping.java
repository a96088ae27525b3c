package dev.rlvr.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where each canonical field is looked for in an input record: the canonical name first, then
 * the aliases of the datasets in use (GSM8K, MATH, verl parquet, APPS, LiveCodeBench, open-r1),
 * unless {@code --map} names the place outright.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FieldMapping {

  /** How a found value is turned into the field's value. */
  enum Transform {
    /** Used as it is. */
    AS_IS,
    /** A GSM8K worked solution: the text after the last {@code ####}. */
    AFTER_HASHES,
    /** A worked solution: the content of its last box, else the whole text. */
    LAST_BOX
  }

  record Source(FieldPath path, Transform transform) {}

  private final Map<Field, List<Source>> sources;

  private FieldMapping(Map<Field, List<Source>> sources) {
    this.sources = sources;
  }

  /**
   * The canonical names and dataset aliases of DESIGN.md.
   *
   * @return the default mapping
   */
  public static FieldMapping defaults() {
    Map<Field, List<Source>> m = new EnumMap<>(Field.class);
    m.put(Field.ID, plain("id", "uid"));
    m.put(Field.PROMPT, plain("prompt", "problem", "question", "query", "question_content", "problem_statement"));
    m.put(Field.COMPLETION, plain("completion", "response", "output", "generation", "solution_str"));
    m.put(Field.REASONING, plain("reasoning_content", "reasoning"));
    List<Source> gold = new ArrayList<>(plain("ground_truth"));
    gold.add(new Source(FieldPath.parse("answer"), Transform.AFTER_HASHES));
    gold.addAll(plain("label", "reward_model.ground_truth", "input_output",
        "verification_info.test_cases", "public_test_cases"));
    gold.add(new Source(FieldPath.parse("solution"), Transform.LAST_BOX));
    m.put(Field.GROUND_TRUTH, List.copyOf(gold));
    m.put(Field.DATA_SOURCE, plain("data_source", "dataset", "source"));
    m.put(Field.TASK, plain("task", "ability"));
    m.put(Field.LANGUAGE, plain("language", "verification_info.language"));
    m.put(Field.TARGET_LANGUAGE, plain("target_language"));
    m.put(Field.EXTRA_INFO, plain("extra_info"));
    return new FieldMapping(m);
  }

  /**
   * Returns a copy where one field is read from one place only.
   *
   * @param spec {@code canonical=field.path}, such as {@code ground_truth=meta.gold}
   * @return the new mapping
   * @throws IllegalArgumentException when the spec is malformed or names no canonical field
   */
  public FieldMapping withOverride(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException("--map takes canonical=field.path, got '" + spec + "'");
    }
    Field field = Field.fromWireName(spec.substring(0, eq));
    Map<Field, List<Source>> copy = new EnumMap<>(sources);
    copy.put(field, List.of(new Source(FieldPath.parse(spec.substring(eq + 1)), Transform.AS_IS)));
    return new FieldMapping(copy);
  }

  /**
   * Returns a copy with every override applied in order.
   *
   * @param specs {@code canonical=field.path} items
   * @return the new mapping
   */
  public FieldMapping withOverrides(List<String> specs) {
    FieldMapping m = this;
    for (String spec : specs) {
      m = m.withOverride(spec);
    }
    return m;
  }

  List<Source> sources(Field field) {
    return sources.get(field);
  }

  /**
   * The places a field is looked for, for error messages.
   *
   * @param field the field
   * @return the paths, comma-separated
   */
  String describe(Field field) {
    return String.join(", ", sources.get(field).stream().map(s -> s.path().text()).toList());
  }

  private static List<Source> plain(String... paths) {
    List<Source> list = new ArrayList<>();
    for (String p : paths) {
      list.add(new Source(FieldPath.parse(p), Transform.AS_IS));
    }
    return List.copyOf(list);
  }
}
