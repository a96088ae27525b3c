package dev.rlvr.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link ScoreJob}.
 *
 * @param recipe a built-in recipe name or a recipe file (YAML or JSON) readable by the driver
 * @param input the input file or folder (any file system Spark reads)
 * @param output the output folder; the summary goes to {@code <output>.summary.json}
 * @param format the input format
 * @param outputFormat the output format
 * @param partitions how many partitions to score in; 0 picks twice the default parallelism
 * @param master the Spark master when none is configured (local mode by default)
 * @param mappings {@code canonical=field.path} overrides, as {@code rlvr score --map}
 */
record JobOptions(String recipe, String input, String output, DataFormat format, DataFormat outputFormat,
    int partitions, String master, List<String> mappings) {

  static final String USAGE = """
      usage: ScoreJob --recipe <name|file> --input <path> --output <dir>
                      [--format jsonl|parquet] [--output-format jsonl|parquet]
                      [--partitions <n>] [--master <url>] [--map canonical=field.path]...
      Scores every input record once; writes one output record per record (in input order by
      part file) and <dir>.summary.json. Local mode (local[2]) unless a master is configured.""";

  JobOptions {
    mappings = List.copyOf(mappings);
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be positive, got " + partitions);
    }
  }

  /**
   * Parses arguments.
   *
   * @throws IllegalArgumentException on a missing or unknown option; its message says which
   */
  static JobOptions parse(String... args) {
    String recipe = null;
    String input = null;
    String output = null;
    String format = null;
    String outputFormat = null;
    String master = "local[2]";
    int partitions = 0;
    List<String> mappings = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      i++;
      switch (name) {
        case "--recipe", "-r" -> recipe = value;
        case "--input", "-i" -> input = value;
        case "--output", "-o" -> output = value;
        case "--format" -> format = value;
        case "--output-format" -> outputFormat = value;
        case "--master" -> master = value;
        case "--map" -> mappings.add(value);
        case "--partitions" -> partitions = parseCount(value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    require(recipe, "--recipe");
    require(input, "--input");
    require(output, "--output");
    DataFormat in = format == null ? DataFormat.ofPath(input) : DataFormat.parse(format);
    DataFormat out = outputFormat == null ? DataFormat.ofPath(output) : DataFormat.parse(outputFormat);
    return new JobOptions(recipe, input, output, in, out, partitions, master, mappings);
  }

  private static int parseCount(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--partitions takes a number, got '" + value + "'");
    }
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
