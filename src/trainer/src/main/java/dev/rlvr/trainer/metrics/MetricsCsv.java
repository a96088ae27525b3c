package dev.rlvr.trainer.metrics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Appends one CSV row per step, flushed each time so a killed run keeps its curve. */
public final class MetricsCsv implements AutoCloseable {
  private final BufferedWriter out;
  private final List<String> components;

  /**
   * Creates the file and writes the header.
   *
   * @param path the CSV file
   * @param components the recipe's component names (two columns each: mean and std)
   * @throws UncheckedIOException when the file cannot be written
   */
  public MetricsCsv(Path path, List<String> components) {
    this.components = List.copyOf(components);
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      List<String> header = new ArrayList<>(List.of("step", "loss", "reward_mean", "reward_std"));
      for (String c : components) {
        header.add("reward_" + c + "_mean");
        header.add("reward_" + c + "_std");
      }
      header.addAll(List.of("accuracy", "format_rate", "kl", "clip_fraction", "entropy", "completion_length",
          "truncated_rate", "dropped_groups", "tokens_per_s", "step_s", "reward_wait_s", "heldout_accuracy"));
      write(String.join(",", header));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one step.
   *
   * @param m the step's metrics
   */
  public void append(StepMetrics m) {
    List<String> cells = new ArrayList<>(List.of(String.valueOf(m.step()), num(m.loss()), num(m.rewardMean()), num(m.rewardStd())));
    for (String c : components) {
      cells.add(num(m.componentMean().getOrDefault(c, Double.NaN)));
      cells.add(num(m.componentStd().getOrDefault(c, Double.NaN)));
    }
    for (double v : new double[] {m.accuracy(), m.formatRate(), m.kl(), m.clipFraction(), m.entropy(),
        m.completionLength(), m.truncatedRate()}) {
      cells.add(num(v));
    }
    cells.add(String.valueOf(m.droppedGroups()));
    cells.add(num(m.tokensPerSecond()));
    cells.add(num(m.stepSeconds()));
    cells.add(num(m.rewardWaitSeconds()));
    cells.add(Double.isNaN(m.heldoutAccuracy()) ? "" : num(m.heldoutAccuracy()));
    write(String.join(",", cells));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private void write(String line) {
    try {
      out.write(line);
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
