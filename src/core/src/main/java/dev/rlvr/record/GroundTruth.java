package dev.rlvr.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.api.BoxedAnswers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the ground-truth value of a record into plain Java values and gold answer strings.
 *
 * <p>JSON given as a string is decoded when it is an object (APPS' {@code input_output}) or a
 * list of strings or objects (verl's list of acceptable answers, test-case lists). A list of
 * numbers stays a string: {@code "[1, 2]"} is as likely an interval or a vector as a list.
 */
final class GroundTruth {
  private GroundTruth() {}

  static Object read(JsonNode node, FieldMapping.Transform transform) {
    if (node.isTextual()) {
      String text = node.textValue();
      switch (transform) {
        case AFTER_HASHES -> {
          int at = text.lastIndexOf("####");
          return at >= 0 ? text.substring(at + 4).trim() : text.trim();
        }
        case LAST_BOX -> {
          return BoxedAnswers.last(text).orElse(text.trim());
        }
        default -> {
          return decodeEmbeddedJson(text);
        }
      }
    }
    return JsonValues.toJava(node);
  }

  private static Object decodeEmbeddedJson(String text) {
    String t = text.trim();
    if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) {
      return text;
    }
    JsonNode decoded;
    try {
      decoded = JsonValues.MAPPER.readTree(t);
    } catch (JsonProcessingException notJson) {
      return text;
    }
    if (decoded.isObject()) {
      return JsonValues.toJava(decoded);
    }
    if (decoded.isArray() && !decoded.isEmpty() && allStringsOrObjects(decoded)) {
      return JsonValues.toJava(decoded);
    }
    return text;
  }

  private static boolean allStringsOrObjects(JsonNode array) {
    boolean strings = true;
    boolean objects = true;
    for (JsonNode item : array) {
      strings &= item.isTextual();
      objects &= item.isObject();
    }
    return strings || objects;
  }

  /** The ground truth seen as gold answers: a value, or a list of values; tests give none. */
  static List<String> answers(Object groundTruth) {
    List<String> answers = new ArrayList<>();
    if (groundTruth instanceof List<?> list) {
      for (Object item : list) {
        addScalar(answers, item);
      }
    } else {
      addScalar(answers, groundTruth);
    }
    return answers;
  }

  private static void addScalar(List<String> answers, Object value) {
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      return;
    }
    if (value instanceof BigDecimal d) {
      answers.add(d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1e15)) < 0
          ? d.toBigInteger().toString()
          : d.toPlainString());
    } else {
      answers.add(value.toString().trim());
    }
  }
}
