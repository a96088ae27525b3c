package dev.rlvr.grader.code.run.harness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tagged JSON that harnesses print (see pyvalues.py) read into Java values, and dataset values
 * written the same way for the harness to read. A decoded value is null, Boolean, BigInteger (an
 * int), Double (a float), String, List (a list), or one of the records below.
 */
public final class PyValues {
  /** Results are capped by the sandbox's output limit, not by Jackson's defaults. */
  public static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNumberLength(Integer.MAX_VALUE / 2).maxStringLength(Integer.MAX_VALUE / 2).maxNestingDepth(4000)
          .build())
      .build()).enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PyValues() {}

  /** A Python tuple. */
  public record Tuple(List<Object> items) {}

  /** A Python set or frozenset. */
  public record PySet(List<Object> items, boolean frozen) {}

  /** A Python dict: keys may be any hashable value, so entries rather than a Java map. */
  public record Dict(List<Map.Entry<Object, Object>> entries) {}

  /** An iterator the function returned, with the items it yielded. */
  public record Iter(List<Object> items) {}

  /** Reads a tagged JSON text; throws for anything that is not one. */
  public static Object decode(String json) throws JsonProcessingException {
    return decode(JSON.readTree(json));
  }

  public static Object decode(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      return items(node);
    }
    if (node.isObject() && node.size() == 1) {
      Map.Entry<String, JsonNode> tag = node.fields().next();
      JsonNode body = tag.getValue();
      switch (tag.getKey()) {
        case "$f":
          return parseFloat(body.asText());
        case "$t":
          return new Tuple(items(body));
        case "$s":
          return new PySet(items(body), false);
        case "$fs":
          return new PySet(items(body), true);
        case "$i":
          return new Iter(items(body));
        case "$d":
          List<Map.Entry<Object, Object>> entries = new ArrayList<>();
          for (JsonNode pair : requireArray(body)) {
            if (!pair.isArray() || pair.size() != 2) {
              throw new IllegalArgumentException("a dict entry is not a pair");
            }
            entries.add(new AbstractMap.SimpleImmutableEntry<>(decode(pair.get(0)), decode(pair.get(1))));
          }
          return new Dict(entries);
        default:
          break;
      }
    }
    throw new IllegalArgumentException("not a tagged value: " + clip(node.toString()));
  }

  private static List<Object> items(JsonNode array) {
    List<Object> items = new ArrayList<>(array.size());
    for (JsonNode item : requireArray(array)) {
      items.add(decode(item));
    }
    return items;
  }

  private static JsonNode requireArray(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array: " + clip(node.toString()));
    }
    return node;
  }

  /** Python's float(): repr text, plus "inf"/"nan" and JavaScript's "Infinity". */
  static double parseFloat(String text) {
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "nan", "-nan" -> Double.NaN;
      case "inf", "infinity", "+inf" -> Double.POSITIVE_INFINITY;
      case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** Writes a dataset value (null, Boolean, Number, String, List, Map) as tagged JSON. */
  public static JsonNode encode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return NODES.numberNode(big);
    }
    if (value instanceof Number number) {
      // JSON's 2.5 is a Python float; BigDecimal and Double alike.
      return tagged("$f", NODES.textNode(Double.toString(number.doubleValue())));
    }
    if (value instanceof CharSequence text) {
      return NODES.textNode(text.toString());
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(encode(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ArrayNode entries = NODES.arrayNode();
      map.forEach((k, v) -> entries.add(NODES.arrayNode().add(encode(k)).add(encode(v))));
      return tagged("$d", entries);
    }
    if (value instanceof Tuple tuple) {
      return tagged("$t", (ArrayNode) encode(tuple.items()));
    }
    throw new IllegalArgumentException("not a plain value: " + value.getClass().getSimpleName());
  }

  private static ObjectNode tagged(String tag, JsonNode body) {
    ObjectNode node = NODES.objectNode();
    node.set(tag, body);
    return node;
  }

  /** Python's repr of a decoded value (dataset values too), for test details. */
  public static String repr(Object value) {
    StringBuilder out = new StringBuilder();
    repr(value, out);
    return out.toString();
  }

  private static void repr(Object value, StringBuilder out) {
    if (out.length() > 2000) {
      return;
    }
    switch (value) {
      case null -> out.append("None");
      case Boolean b -> out.append(b ? "True" : "False");
      case Double d -> out.append(d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : d.toString());
      case Float f -> repr(f.doubleValue(), out);
      case BigDecimal d -> repr(d.doubleValue(), out);
      case Number n -> out.append(n);
      case CharSequence s -> out.append('\'').append(s.toString().replace("\\", "\\\\").replace("'", "\\'")
          .replace("\n", "\\n")).append('\'');
      case List<?> list -> sequence(list.iterator(), "[", "]", out);
      case Tuple tuple -> sequence(tuple.items().iterator(), "(", tuple.items().size() == 1 ? ",)" : ")", out);
      case PySet set -> sequence(set.items().iterator(), set.frozen() ? "frozenset({" : "{",
          set.frozen() ? "})" : "}", out);
      case Iter iter -> sequence(iter.items().iterator(), "<iterator of ", ">", out);
      case Dict dict -> sequence(dict.entries().iterator(), "{", "}", out);
      case Map<?, ?> map -> sequence(map.entrySet().iterator(), "{", "}", out);
      case Map.Entry<?, ?> entry -> {
        repr(entry.getKey(), out);
        out.append(": ");
        repr(entry.getValue(), out);
      }
      default -> out.append(value);
    }
  }

  private static void sequence(Iterator<?> items, String open, String close, StringBuilder out) {
    out.append(open);
    boolean first = true;
    while (items.hasNext()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      repr(items.next(), out);
    }
    out.append(close);
  }

  private static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
