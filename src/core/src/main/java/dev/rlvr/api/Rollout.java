package dev.rlvr.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One sample of the policy: the prompt it saw and the completion it wrote.
 *
 * <p>When the completion came as chat messages, {@code completion} is the content of the last
 * assistant message and {@code reasoning} its separate chain of thought, if the API returned one.
 * When the prompt came as chat messages, {@code prompt} is the content of the last one and
 * {@code promptMessages} holds them all. Absent strings are empty, never null.
 *
 * @param id the record's id; empty when the record has none
 * @param prompt the prompt text (the templated prompt where the caller has it); never null
 * @param promptMessages the prompt as chat messages; empty when it was given as text
 * @param completion the text to grade; never null
 * @param reasoning the chain of thought given apart from the completion; empty when none
 * @param metadata other facts about the sample ({@code finish_reason}...); never null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Rollout(
    String id,
    String prompt,
    List<Message> promptMessages,
    String completion,
    String reasoning,
    Map<String, Object> metadata) {

  /** Replaces missing values with empty ones and copies collections. */
  public Rollout {
    id = id == null ? "" : id;
    prompt = prompt == null ? "" : prompt;
    promptMessages = promptMessages == null ? List.of() : List.copyOf(promptMessages);
    completion = completion == null ? "" : completion;
    reasoning = reasoning == null ? "" : reasoning;
    metadata = metadata == null || metadata.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * A rollout with a completion only.
   *
   * @param completion the text to grade
   * @return the rollout
   */
  public static Rollout of(String completion) {
    return new Rollout("", "", List.of(), completion, "", Map.of());
  }

  /**
   * A rollout with a text prompt and a completion.
   *
   * @param prompt the prompt text
   * @param completion the text to grade
   * @return the rollout
   */
  public static Rollout of(String prompt, String completion) {
    return new Rollout("", prompt, List.of(), completion, "", Map.of());
  }

  /**
   * Tells whether the chain of thought came apart from the completion.
   *
   * @return {@code true} when {@link #reasoning()} is not empty
   */
  public boolean hasSeparateReasoning() {
    return !reasoning.isEmpty();
  }

  /**
   * Returns a copy with another id.
   *
   * @param newId the id
   * @return a new rollout
   */
  public Rollout withId(String newId) {
    return new Rollout(newId, prompt, promptMessages, completion, reasoning, metadata);
  }
}
