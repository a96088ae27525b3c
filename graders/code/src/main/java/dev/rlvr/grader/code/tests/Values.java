package dev.rlvr.grader.code.tests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.record.JsonValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the plain Java values (maps, lists, strings, numbers) that records decode to. */
final class Values {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)");

  private Values() {}

  /** The first of the keys present with a non-null value. */
  static Optional<Object> get(Map<?, ?> map, String... keys) {
    for (String key : keys) {
      Object value = map.get(key);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static boolean hasAny(Map<?, ?> map, String... keys) {
    return get(map, keys).isPresent();
  }

  /** A non-blank string value of the first of the keys that has one. */
  static Optional<String> text(Map<?, ?> map, String... keys) {
    for (String key : keys) {
      if (map.get(key) instanceof String s && !s.isBlank()) {
        return Optional.of(s.strip());
      }
    }
    return Optional.empty();
  }

  /** Parses JSON text into plain values (JSON null is null), or gives {@code otherwise} when it is not JSON. */
  static Object parseJson(String text, Object otherwise) {
    if (text.isBlank()) {
      return otherwise;
    }
    try {
      return JsonValues.toJava(JSON.readTree(text));
    } catch (JsonProcessingException | RuntimeException notJson) {
      return otherwise;
    }
  }

  /**
   * Why a text that looks like a JSON object or array (it starts with a brace or bracket) does not
   * parse; empty for any other text and for valid JSON.
   */
  static Optional<String> jsonError(String text) {
    String t = text.strip();
    if (!t.startsWith("{") && !t.startsWith("[")) {
      return Optional.empty();
    }
    try {
      JSON.readTree(t);
      return Optional.empty();
    } catch (JsonProcessingException bad) {
      String message = bad.getOriginalMessage();
      int detail = message.indexOf('\n');
      int marker = message.indexOf(" (start marker"); // names an unused source; the location below says it
      detail = marker >= 0 && (detail < 0 || marker < detail) ? marker : detail;
      String where = bad.getLocation() == null ? ""
          : " at line " + bad.getLocation().getLineNr() + ", column " + bad.getLocation().getColumnNr();
      return Optional.of((detail < 0 ? message : message.substring(0, detail)) + where);
    }
  }

  /** A string that holds a JSON object or array (JSON nested in JSON, as datasets do) decoded; else the value itself. */
  static Object decodeNested(Object value) {
    if (value instanceof String s) {
      String t = s.strip();
      if (t.startsWith("{") && t.endsWith("}") || t.startsWith("[") && t.endsWith("]")) {
        Object decoded = parseJson(t, value);
        if (decoded instanceof Map || decoded instanceof List) {
          return decoded;
        }
      }
    }
    return value;
  }

  /**
   * A value as program text: strings as they are, lists of lines joined with newlines, numbers
   * as a program would print them.
   *
   * @throws InvalidTestsException for an object or null, which are not text
   */
  static String asText(Object value, String what) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof List<?> lines) {
      List<String> parts = new ArrayList<>(lines.size());
      for (Object line : lines) {
        parts.add(asText(line, what));
      }
      return String.join("\n", parts);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return plainNumber(value);
    }
    throw new InvalidTestsException(what + " must be text, got " + describe(value));
  }

  private static String plainNumber(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double x = ((Number) value).doubleValue();
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
    return String.valueOf(value);
  }

  /** A number, from a number or from the leading number of a text such as "2 seconds". */
  static Optional<Double> number(Object value) {
    if (value instanceof Number n) {
      double x = n.doubleValue();
      return Double.isFinite(x) ? Optional.of(x) : Optional.empty();
    }
    if (value instanceof String s) {
      Matcher m = LEADING_NUMBER.matcher(s);
      if (m.find()) {
        return Optional.of(Double.parseDouble(m.group(1)));
      }
    }
    return Optional.empty();
  }

  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map) {
      return "an object with keys " + map.keySet();
    }
    if (value instanceof List<?> list) {
      return "a list of " + list.size();
    }
    if (value instanceof String s) {
      return "the text " + (s.length() > 40 ? "\"" + s.substring(0, 40) + "...\"" : "\"" + s + "\"");
    }
    return "the " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + value;
  }
}
