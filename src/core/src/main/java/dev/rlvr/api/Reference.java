package dev.rlvr.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the task knows about the right answer: gold answers, test cases, routing and language.
 *
 * <p>{@code groundTruth} is the reference as the record gave it, as plain Java values (strings,
 * numbers, booleans, lists and maps), with a JSON string such as APPS' {@code input_output}
 * already decoded. {@code answers} is the same reference seen as gold answer strings, for graders
 * that compare answers. Absent strings are empty, never null.
 *
 * @param groundTruth the reference value; may be null when the record had none
 * @param answers acceptable gold answers, in order; never null
 * @param dataSource the dataset name used for routing ({@code openai/gsm8k}...); may be empty
 * @param task an explicit task ({@code math}, {@code code}...); may be empty
 * @param language the programming language of a code task; may be empty
 * @param targetLanguage the natural language the chain of thought should use; may be empty
 * @param extraInfo the record's {@code extra_info}; never null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Reference(
    Object groundTruth,
    List<String> answers,
    String dataSource,
    String task,
    String language,
    String targetLanguage,
    Map<String, Object> extraInfo) {

  /** Replaces missing values with empty ones and copies collections. */
  public Reference {
    answers = answers == null ? List.of() : List.copyOf(answers);
    dataSource = dataSource == null ? "" : dataSource;
    task = task == null ? "" : task;
    language = language == null ? "" : language;
    targetLanguage = targetLanguage == null ? "" : targetLanguage;
    extraInfo = extraInfo == null || extraInfo.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extraInfo));
  }

  /**
   * A reference with no gold answer (enough for format and language graders).
   *
   * @return an empty reference
   */
  public static Reference none() {
    return new Reference(null, List.of(), "", "", "", "", Map.of());
  }

  /**
   * A reference with gold answers.
   *
   * @param golds acceptable answers, in order
   * @return the reference
   */
  public static Reference ofAnswers(String... golds) {
    List<String> list = List.of(golds);
    return new Reference(list.size() == 1 ? list.get(0) : list, list, "", "", "", "", Map.of());
  }

  /**
   * The first gold answer.
   *
   * @return the first of {@link #answers()}, or empty
   */
  public Optional<String> firstAnswer() {
    return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(0));
  }

  /**
   * The ground truth as a map, for structured references (test cases).
   *
   * @return the map, or empty when the ground truth is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> groundTruthObject() {
    return groundTruth instanceof Map<?, ?> map
        ? Optional.of((Map<String, Object>) map)
        : Optional.empty();
  }

  /**
   * Looks up a key in {@code extra_info}.
   *
   * @param key the key
   * @return its value, or empty
   */
  public Optional<Object> extra(String key) {
    return Optional.ofNullable(extraInfo.get(key));
  }
}
