package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.cli.RecipeOption;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecordParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the scoring endpoints share: reading records, picking the engine, scoring under the deadline, counting. */
final class ScoringService {
  private final InputRecordParser parser = new InputRecordParser(FieldMapping.defaults());
  private final EngineCache engines;
  private final DeadlineScorer scorer;
  private final ServerMetrics metrics;
  private final ServerSettings settings;

  ScoringService(EngineCache engines, DeadlineScorer scorer, ServerMetrics metrics, ServerSettings settings) {
    this.engines = engines;
    this.scorer = scorer;
    this.metrics = metrics;
    this.settings = settings;
  }

  EngineCache engines() {
    return engines;
  }

  /** The engine a request's URL parameters (or options) ask for. */
  RewardEngine engine(String recipe, List<String> weightItems) throws RequestException {
    Map<String, Double> weights;
    try {
      weights = RecipeOption.parseWeights(weightItems);
    } catch (IllegalArgumentException bad) {
      throw RequestException.badRequest(bad.getMessage().replace("--weight", "weight"));
    }
    return engines.engine(recipe, weights);
  }

  /** Reads the records of a request; one that cannot be read becomes an item with its error. */
  List<BatchItem> read(List<JsonNode> nodes) throws RequestException {
    if (nodes.size() > settings.maxBatch()) {
      throw new RequestException(413, "batch of " + nodes.size() + " records is over the limit of "
          + settings.maxBatch() + " (--max-batch); send smaller batches");
    }
    List<BatchItem> items = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      items.add(BatchItem.read(parser, nodes.get(i), i + 1));
    }
    return items;
  }

  List<ItemOutcome> score(RewardEngine engine, List<BatchItem> items) {
    List<ItemOutcome> outcomes = scorer.score(engine, items, settings.deadline());
    metrics.recordOutcomes(engine.recipe(), outcomes);
    return outcomes;
  }
}
