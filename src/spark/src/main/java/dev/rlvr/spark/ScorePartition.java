package dev.rlvr.spark;

import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecordParser;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Scores one partition of {@code (line, text)} rows with the executor's shared engine. Rows are
 * scored as Spark pulls them, so a partition is never held in memory.
 */
final class ScorePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final RecipeSpec recipe;
  private final List<String> mappings;
  private final boolean withDetails;

  ScorePartition(RecipeSpec recipe, List<String> mappings, boolean withDetails) {
    this.recipe = recipe;
    this.mappings = List.copyOf(mappings);
    this.withDetails = withDetails;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    LineScorer scorer = new LineScorer(EngineHolder.engine(recipe),
        new InputRecordParser(FieldMapping.defaults().withOverrides(mappings)));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        Row row = input.next();
        return OutputRows.of(scorer.score(row.getLong(0), row.getString(1)), withDetails);
      }
    };
  }
}
