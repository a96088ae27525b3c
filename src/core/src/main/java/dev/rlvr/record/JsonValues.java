package dev.rlvr.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the SPI carries (null, Boolean, Long
 * or BigInteger, BigDecimal, String, List, Map). Graders that read JSON out of a reference (test
 * arguments given as JSON text) use it to get the same values the record reader gives.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.MAINTAINED, since = "0.1")
public final class JsonValues {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonValues() {}

  /**
   * The plain Java value of a JSON tree.
   *
   * @param node the tree; may be null
   * @return the value; null for JSON null or a missing node
   */
  public static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(toJava(item)));
      return Collections.unmodifiableList(list);
    }
    if (node.isObject()) {
      return toObject(node);
    }
    return node.asText();
  }

  static Map<String, Object> toObject(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
    return Collections.unmodifiableMap(map);
  }
}
