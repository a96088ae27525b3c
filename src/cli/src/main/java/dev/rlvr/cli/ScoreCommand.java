package dev.rlvr.cli;

import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.record.FieldMapping;
import dev.rlvr.record.InputRecordParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Scores a JSONL file of rollouts: exactly one output line per input line, in input order. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    header = "Score a JSONL file of rollouts; write one JSONL output record per input line.",
    description = {
      "Reads input records (id, prompt, completion, ground_truth, data_source, ...; dataset aliases "
          + "such as problem/response/answer are understood), scores each with the recipe's graders, "
          + "and writes one output record per input line, in input order. A line that cannot be read "
          + "gets an error record naming the line and the problem.",
      "A summary (records, errors, mean reward and verdicts per component, records/s) goes to stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all records scored",
      "1:some records were bad input or could not be graded (see their error lines)",
      "2:usage error: bad option, unknown recipe or grader, unreadable recipe",
      "3:an input or output file could not be read or written",
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PluginOptions pluginOptions;

  @Mixin RecipeOption recipeOption;

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "<file|->",
      description = "Input JSONL, or - for stdin.")
  String input;

  @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "<file|->",
      description = "Output JSONL, or - for stdout (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = {"-t", "--threads"}, paramLabel = "<n>",
      description = "Records scored at once (default: the number of processors).")
  Integer threads;

  @Option(names = "--resume",
      description = "Continue an output file left by a killed run: keep its complete lines, skip "
          + "the input lines they cover, and append the rest.")
  boolean resume;

  @Option(names = "--map", paramLabel = "<canonical=path>",
      description = "Read a canonical field from another place, e.g. --map ground_truth=meta.gold "
          + "or --map completion=outputs[0].text (repeatable).")
  List<String> mappings = new ArrayList<>();

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "<when>",
      description = "Progress bar on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
          + "auto draws it for runs of 1000+ lines on a terminal).")
  Progress.ProgressMode progress;

  @Option(names = {"-v", "--verbose"}, description = "Log more (-vv for debug); parsed before start-up.")
  boolean[] verbose = new boolean[0];

  @Override
  public Integer call() throws IOException {
    boolean toStdout = output.equals("-");
    if (resume && toStdout) {
      throw new ParameterException(spec.commandLine(), "--resume needs --output <file>: stdout cannot be resumed");
    }
    Path inputPath = input.equals("-") ? null : Path.of(input);
    if (inputPath != null && !Files.exists(inputPath)) {
      throw new ParameterException(spec.commandLine(), "input file " + input + " does not exist");
    }
    if (inputPath != null && Files.isDirectory(inputPath)) {
      throw new ParameterException(spec.commandLine(), "input " + input + " is a directory, not a JSONL file");
    }
    // a pipe (<(zcat x.gz), a FIFO) can be read only once: no counting ahead, no resume check
    boolean rereadable = inputPath != null && Files.isRegularFile(inputPath);
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    InputRecordParser parser = new InputRecordParser(FieldMapping.defaults().withOverrides(mappings));
    GraderRegistry registry = pluginOptions.registry();
    Recipe recipe = recipeOption.resolve(registry);

    long skip = resume ? ResumePoint.prepare(Path.of(output), rereadable ? inputPath : null, parser) : 0;
    RunSummary summary = new RunSummary();
    long start = System.nanoTime();
    try (RewardEngine engine = RewardEngine.create(recipe, registry, new EngineOptions(workers));
        LineReader in = new LineReader(open(inputPath));
        Writer out = openOutput(toStdout, skip > 0);
        Progress bar = Progress.start(progress, () -> rereadable ? remainingLines(inputPath, skip) : -1)) {
      new BatchScorer(engine, parser, workers * 4).run(in, out, skip, outcome -> {
        summary.add(outcome);
        bar.step();
      });
    } catch (NoSuchFileException missing) {
      throw new IOException("no such file: " + missing.getFile(), missing);
    }
    PrintWriter err = spec.commandLine().getErr();
    summary.print(err, skip, (System.nanoTime() - start) / 1e9);
    if (summary.errors() > 0) {
      err.println("rlvr score: " + summary.errors() + " record(s) have status error; see their \"error\" field");
      err.flush();
      return ExitCodes.SOME_ERRORS;
    }
    return ExitCodes.OK;
  }

  private static InputStream open(Path inputPath) throws IOException {
    return inputPath == null ? System.in : Files.newInputStream(inputPath);
  }

  private Writer openOutput(boolean toStdout, boolean append) throws IOException {
    if (toStdout) {
      return new NonClosingWriter(spec.commandLine().getOut());
    }
    OutputStream stream = Files.newOutputStream(Path.of(output), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  private static long remainingLines(Path file, long skip) {
    long count = 0;
    try (LineReader reader = new LineReader(Files.newInputStream(file))) {
      while (reader.next() != null) {
        count++;
      }
    } catch (IOException unreadable) {
      return -1; // the run itself will report the problem
    }
    return Math.max(0, count - skip);
  }

  /** Lets the output be closed without closing stdout, which the summary may still need. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
