package dev.rlvr.grader.format.shaping;

import com.knuddels.jtokkit.api.Encoding;
import dev.rlvr.api.Rollout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measures the length of one part of a rollout in tokens or code points. Immutable and
 * thread-safe: tiktoken encodings are.
 */
final class LengthMeter {
  private final Scope scope;
  private final LengthUnit unit;
  private final String encodingName;
  private final Encoding encoding;
  private final String metadataKey;

  /**
   * A meter.
   *
   * @param scope the part measured
   * @param unit tokens or chars
   * @param encodingName the encoding's name; used only for tokens
   * @param encoding the encoding; null for chars
   * @param metadataKey a metadata key holding the trainer's token count; empty for none
   */
  LengthMeter(Scope scope, LengthUnit unit, String encodingName, Encoding encoding, String metadataKey) {
    this.scope = scope;
    this.unit = unit;
    this.encodingName = encodingName;
    this.encoding = encoding;
    this.metadataKey = metadataKey;
  }

  /** A meter in code points over the given scope, for tests. */
  static LengthMeter chars(Scope scope) {
    return new LengthMeter(scope, LengthUnit.CHARS, "", null, "");
  }

  /**
   * Measures a rollout.
   *
   * @param rollout the rollout
   * @return its length
   */
  Length measure(Rollout rollout) {
    Optional<Long> given = fromMetadata(rollout);
    if (given.isPresent()) {
      return new Length(given.get(), "model_tokens", "metadata:" + metadataKey);
    }
    return new Length(count(scope.select(rollout)), unit.label(), "counted");
  }

  /**
   * Counts a text in this meter's unit.
   *
   * @param text the text
   * @return tokens or code points
   */
  long count(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    // ordinary: "<|endoftext|>" written by the model is text here, not a special token
    return unit == LengthUnit.TOKENS
        ? encoding.countTokensOrdinary(wellFormed(text))
        : text.codePointCount(0, text.length());
  }

  /**
   * The text with each lone surrogate replaced by U+FFFD, as a UTF-8 encoder would: the
   * tokenizer asserts its input is valid UTF-16 and miscounts (or fails) otherwise.
   */
  static String wellFormed(String text) {
    StringBuilder fixed = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (fixed != null) {
          fixed.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (fixed == null) {
          fixed = new StringBuilder(text.length()).append(text, 0, i);
        }
        fixed.append('\uFFFD');
      } else if (fixed != null) {
        fixed.append(c);
      }
    }
    return fixed == null ? text : fixed.toString();
  }

  /** The trainer's own count, when the recipe names a key and the rollout has a whole number there. */
  private Optional<Long> fromMetadata(Rollout rollout) {
    if (metadataKey.isEmpty()) {
      return Optional.empty();
    }
    Object raw = rollout.metadata().get(metadataKey);
    try {
      if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 0) {
        return Optional.of(n.longValue());
      }
      if (raw instanceof String s && !s.isBlank()) {
        long value = Long.parseLong(s.trim());
        return value >= 0 ? Optional.of(value) : Optional.empty();
      }
    } catch (NumberFormatException notWhole) {
      // counted instead: the details' length_source says so
    }
    return Optional.empty();
  }

  /** The settings, for a score's details. */
  Map<String, Object> describe(Length length) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("length", length.value());
    details.put("unit", length.unit());
    if (unit == LengthUnit.TOKENS && length.source().equals("counted")) {
      details.put("encoding", encodingName);
    }
    details.put("scope", scope.label());
    details.put("length_source", length.source());
    return details;
  }
}
