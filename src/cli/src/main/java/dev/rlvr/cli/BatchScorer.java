package dev.rlvr.cli;

import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.InputRecordParser;
import dev.rlvr.record.OutputRecords;
import dev.rlvr.record.RecordException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code rlvr score} pipeline: reads lines, scores them in parallel on the engine, and writes
 * exactly one output line per input line, in input order.
 *
 * <p>At most {@code window} records are in flight, so memory stays bounded on any input size.
 * Output is flushed whenever the writer would wait, so a killed run leaves every finished line on
 * disk and at most one partial line at the end (which {@link ResumePoint} removes).
 */
final class BatchScorer {
  private final RewardEngine engine;
  private final InputRecordParser parser;
  private final int window;

  BatchScorer(RewardEngine engine, InputRecordParser parser, int window) {
    this.engine = engine;
    this.parser = parser;
    this.window = Math.max(1, window);
  }

  /**
   * Scores every line after the first {@code skip} lines.
   *
   * @param onLine called once per written line, in order (summary and progress)
   */
  void run(LineReader in, Writer out, long skip, Consumer<LineOutcome> onLine) throws IOException {
    ArrayDeque<CompletableFuture<LineOutcome>> inFlight = new ArrayDeque<>();
    long lineNumber = 0;
    String line;
    while ((line = in.next()) != null) {
      lineNumber++;
      if (lineNumber <= skip) {
        continue;
      }
      inFlight.add(start(line, lineNumber));
      while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
        write(inFlight.poll(), out, onLine);
      }
    }
    while (!inFlight.isEmpty()) {
      write(inFlight.poll(), out, onLine);
    }
    out.flush();
  }

  private CompletableFuture<LineOutcome> start(String line, long lineNumber) {
    InputRecord record;
    try {
      record = parser.parse(line, lineNumber);
    } catch (RecordException bad) {
      String json = OutputRecords.error(lineNumber, parser.idOf(line), bad.getMessage());
      return CompletableFuture.completedFuture(new LineOutcome(json, RecordStatus.ERROR, null));
    }
    return engine.submit(record.rollout(), record.reference())
        .thenApply(result -> new LineOutcome(OutputRecords.scored(record, result), result.status(), result))
        .exceptionally(failure -> new LineOutcome(
            OutputRecords.error(lineNumber, record.id(), "internal error: " + failure.getMessage()),
            RecordStatus.ERROR, null));
  }

  private static void write(CompletableFuture<LineOutcome> next, Writer out, Consumer<LineOutcome> onLine)
      throws IOException {
    if (!next.isDone()) {
      out.flush(); // about to wait: put what is finished on disk first
    }
    LineOutcome outcome = next.join();
    out.write(outcome.json());
    out.write('\n');
    onLine.accept(outcome);
  }
}
