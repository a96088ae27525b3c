package dev.rlvr.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RecipeCatalog;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.record.OutputRecords;
import dev.rlvr.record.RecordException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code rlvr score} writes for the same lines, computed the way its BatchScorer does (parse,
 * engine, OutputRecords), with no Spark: the reference the job's output is compared with.
 */
final class ReferenceScores {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferenceScores() {}

  static List<JsonNode> of(String recipe, List<String> lines) {
    GraderRegistry registry = GraderRegistry.load(ReferenceScores.class.getClassLoader());
    InputRecordParser parser = new InputRecordParser(FieldMapping.defaults());
    List<JsonNode> out = new ArrayList<>();
    try (RewardEngine engine = RewardEngine.create(RecipeCatalog.of(registry).resolve(recipe), registry,
        new EngineOptions(1))) {
      long number = 0;
      for (String line : lines) {
        number++;
        String json;
        try {
          InputRecord record = parser.parse(line, number);
          json = OutputRecords.scored(record, engine.score(record.rollout(), record.reference()));
        } catch (RecordException bad) {
          json = OutputRecords.error(number, parser.idOf(line), bad.getMessage());
        }
        out.add(comparable(json));
      }
    }
    return out;
  }

  /** The record without timings (which differ run to run) and without the job's added line key. */
  static JsonNode comparable(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node.has("components")) {
        ((ObjectNode) node).remove("line");
      }
      dropTimings(node);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dropTimings(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("elapsed_ms");
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        dropTimings(field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(ReferenceScores::dropTimings);
    }
  }
}
