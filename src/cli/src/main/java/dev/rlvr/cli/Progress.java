package dev.rlvr.cli;

import java.io.Console;
import java.lang.reflect.Method;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of a long {@code rlvr score} run, drawn on stderr; a no-op when hidden. */
final class Progress implements AutoCloseable {
  /** Runs shorter than this are over before a bar would help. */
  static final long LONG_RUN_LINES = 1_000;

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress hidden() {
    return new Progress(null);
  }

  /**
   * A bar when asked for, or when the run is long and a person is watching a terminal.
   *
   * @param mode always, never or auto
   * @param lines counts the lines to score, or gives -1 when unknown (stdin); called only when a
   *     bar may be drawn, since counting reads the whole input once more
   */
  static Progress start(ProgressMode mode, java.util.function.LongSupplier lines) {
    if (mode == ProgressMode.NEVER || mode == ProgressMode.AUTO && !interactive()) {
      return hidden();
    }
    long total = lines.getAsLong();
    if (mode == ProgressMode.AUTO && total >= 0 && total < LONG_RUN_LINES) {
      return hidden();
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("scoring")
        .setInitialMax(total)
        .setUnit(" rec", 1)
        .showSpeed()
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
    return new Progress(bar);
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  /** On JDK 22+ a console exists even when redirected, and {@code isTerminal} tells. */
  private static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }

  /** When to draw the bar. */
  enum ProgressMode { AUTO, ALWAYS, NEVER }
}
