package dev.rlvr.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A path into a JSON record: dot-separated field names, each optionally followed by an array
 * index, negative from the end ({@code reward_model.ground_truth}, {@code messages[-1].content}).
 */
record FieldPath(String text, List<Step> steps) {

  record Step(String field, Integer index) {}

  static FieldPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty field path");
    }
    List<Step> steps = new ArrayList<>();
    for (String part : text.trim().split("\\.")) {
      String field = part;
      Integer index = null;
      int bracket = part.indexOf('[');
      if (bracket >= 0) {
        if (!part.endsWith("]")) {
          throw new IllegalArgumentException("bad field path '" + text + "': unclosed [");
        }
        field = part.substring(0, bracket);
        try {
          index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1).trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bad field path '" + text + "': index must be a whole number");
        }
      }
      if (field.isEmpty() && index == null) {
        throw new IllegalArgumentException("bad field path '" + text + "': empty field name");
      }
      steps.add(new Step(field, index));
    }
    return new FieldPath(text.trim(), List.copyOf(steps));
  }

  /** The node at this path, or a missing node. */
  JsonNode resolve(JsonNode root) {
    JsonNode node = root;
    for (Step step : steps) {
      if (!step.field().isEmpty()) {
        node = node.path(step.field());
      }
      if (step.index() != null) {
        if (!node.isArray() || node.isEmpty()) {
          return MissingNode.getInstance();
        }
        int i = step.index() < 0 ? node.size() + step.index() : step.index();
        node = i >= 0 && i < node.size() ? node.get(i) : MissingNode.getInstance();
      }
    }
    return node;
  }

  @Override
  public String toString() {
    return text;
  }
}
