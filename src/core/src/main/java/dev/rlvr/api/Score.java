package dev.rlvr.api;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of one grade: a reward value, a {@link Verdict}, a short human reason and
 * structured details (the extracted answer, parsed forms, per-test results).
 *
 * <p>The value is a reward, not always in [0, 1] (length shaping is negative); each grader
 * documents its range. Instances are immutable; {@code details} keeps insertion order.
 *
 * <pre>{@code
 * Score s = Score.correct("boxed 72 equals gold 72").withDetail("pred", "72");
 * }</pre>
 *
 * @param value the reward; finite
 * @param verdict what the grader concluded; never null
 * @param reason a one-line explanation for people; never null, may be empty
 * @param details structured details, JSON-friendly values only; never null
 * @param elapsed how long the grade took (set by the engine); never null
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Score(
    double value, Verdict verdict, String reason, Map<String, Object> details, Duration elapsed) {

  /** Validates the value and copies the details. */
  public Score {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("score value must be finite, got " + value);
    }
    Objects.requireNonNull(verdict, "verdict");
    reason = reason == null ? "" : reason;
    details = details == null || details.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    elapsed = elapsed == null ? Duration.ZERO : elapsed;
  }

  /**
   * A full-credit score of 1.0.
   *
   * @param reason why; never null
   * @return a {@link Verdict#CORRECT} score
   */
  public static Score correct(String reason) {
    return new Score(1.0, Verdict.CORRECT, reason, Map.of(), Duration.ZERO);
  }

  /**
   * A zero score for a judged, wrong rollout.
   *
   * @param reason why; never null
   * @return an {@link Verdict#INCORRECT} score
   */
  public static Score incorrect(String reason) {
    return new Score(0.0, Verdict.INCORRECT, reason, Map.of(), Duration.ZERO);
  }

  /**
   * A partial-credit score.
   *
   * @param value the credit given
   * @param reason why; never null
   * @return a {@link Verdict#PARTIAL} score
   */
  public static Score partial(double value, String reason) {
    return new Score(value, Verdict.PARTIAL, reason, Map.of(), Duration.ZERO);
  }

  /**
   * A score with any value and verdict.
   *
   * @param value the reward
   * @param verdict the verdict; never null
   * @param reason why; never null
   * @return the score
   */
  public static Score of(double value, Verdict verdict, String reason) {
    return new Score(value, verdict, reason, Map.of(), Duration.ZERO);
  }

  /**
   * A zero score for a rollout that could not be given credit: no answer, a format error, or a
   * failure of the grader.
   *
   * @param verdict the verdict; never null
   * @param reason why; never null
   * @return the score, with value 0
   */
  public static Score error(Verdict verdict, String reason) {
    return new Score(0.0, verdict, reason, Map.of(), Duration.ZERO);
  }

  /**
   * Returns a copy with one more detail.
   *
   * @param key the detail's name; never null
   * @param detail a JSON-friendly value (string, number, boolean, list, map); may be null
   * @return a new score
   */
  public Score withDetail(String key, Object detail) {
    Map<String, Object> copy = new LinkedHashMap<>(details);
    copy.put(Objects.requireNonNull(key, "key"), detail);
    return new Score(value, verdict, reason, copy, elapsed);
  }

  /**
   * Returns a copy with more details.
   *
   * @param more details to add (replacing same-named ones); never null
   * @return a new score
   */
  public Score withDetails(Map<String, ?> more) {
    Map<String, Object> copy = new LinkedHashMap<>(details);
    copy.putAll(more);
    return new Score(value, verdict, reason, copy, elapsed);
  }

  /**
   * Returns a copy with the given elapsed time.
   *
   * @param took how long the grade took; never null
   * @return a new score
   */
  public Score withElapsed(Duration took) {
    return new Score(value, verdict, reason, details, took);
  }
}
