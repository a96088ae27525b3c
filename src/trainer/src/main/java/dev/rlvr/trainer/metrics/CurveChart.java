package dev.rlvr.trainer.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Draws the run's curves (reward, accuracy, format rate, KL, clip fraction) into one PNG. */
public final class CurveChart {
  private CurveChart() {}

  /**
   * Writes the chart.
   *
   * @param steps the run's metrics, in order
   * @param path the PNG file
   * @throws IOException when it cannot be written
   */
  public static void write(List<StepMetrics> steps, Path path) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(1000).height(600).title("rlvr GRPO").xAxisTitle("step")
        .yAxisTitle("value").build();
    double[] x = steps.stream().mapToDouble(StepMetrics::step).toArray();
    add(chart, "reward mean", x, steps, StepMetrics::rewardMean);
    add(chart, "accuracy", x, steps, StepMetrics::accuracy);
    add(chart, "format rate", x, steps, StepMetrics::formatRate);
    add(chart, "KL x 10", x, steps, m -> 10 * m.kl());
    add(chart, "clip fraction", x, steps, StepMetrics::clipFraction);
    Files.createDirectories(path.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(path)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static void add(XYChart chart, String name, double[] x, List<StepMetrics> steps, ToDoubleFunction<StepMetrics> f) {
    if (x.length > 0) {
      chart.addSeries(name, x, steps.stream().mapToDouble(f).map(v -> Double.isFinite(v) ? v : 0).toArray());
    }
  }
}
