package dev.rlvr.trainer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rlvr-train --config FILE}: the trainer's own launcher (keeps DJL out of the CLI jar). */
@Command(name = "rlvr-train", mixinStandardHelpOptions = true,
    header = "Train a policy with GRPO on rewards from rlvr's graders.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run finished", "1:the run failed", "2:usage error"})
public final class TrainCommand implements Callable<Integer> {
  /** Where tensors live. */
  enum DeviceChoice { auto, cpu, gpu }

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "<file>", description = "the YAML training config")
  private Path config;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "<device>",
      description = "auto (a GPU when DJL finds one, else the CPU), cpu or gpu; default ${DEFAULT-VALUE}")
  private DeviceChoice device;

  @Option(names = "--steps", paramLabel = "<n>", description = "override the config's GRPO step count")
  private Integer steps;

  @Option(names = "--output-dir", paramLabel = "<dir>", description = "override the config's output folder")
  private String outputDir;

  @Option(names = "--benchmark", description = "time generation (with and without the KV cache) and GRPO steps "
      + "for the config's model and batch instead of training")
  private boolean benchmark;

  @Option(names = "--step-benchmark", paramLabel = "<workload.json>",
      description = "time GRPO steps of a fixed workload (every row to the length limit, seeded coin-flip rewards, "
          + "no grader) and write the workload to this file for src/trainer/bench/torch_eager_step.py")
  private Path stepBenchmark;

  @Option(names = "--repeats", defaultValue = "3", paramLabel = "<n>",
      description = "timed repetitions per benchmark figure; default ${DEFAULT-VALUE}")
  private int repeats;

  /**
   * Runs the launcher.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainCommand()).execute(args));
  }

  // DJL only fails at the first array on a missing GPU, with a long libtorch dispatch message.
  private Device requireGpu() {
    Device gpu = Device.gpu();
    try (NDManager probe = NDManager.newBaseManager(gpu)) {
      probe.zeros(new Shape(1)).close();
      return gpu;
    } catch (EngineException | IllegalArgumentException e) {
      Engine engine = Engine.getInstance();
      throw new ParameterException(spec.commandLine(), "--device gpu, but the " + engine.getEngineName() + " "
          + engine.getVersion() + " that DJL loaded has no usable GPU; point PYTORCH_LIBRARY_PATH, PYTORCH_VERSION "
          + "and PYTORCH_FLAVOR at a CUDA build of torch (src/trainer/README.md, \"Device and threads\")");
    }
  }

  @Override
  public Integer call() throws Exception {
    GrpoConfig c = GrpoConfig.read(config);
    c = c.withRun(steps == null ? c.steps() : steps, c.warmupSteps(), outputDir == null ? c.outputDir() : outputDir);
    // Must be set before the engine loads: more threads than free cores made steps 10-50x slower.
    int threads = c.threads() > 0 ? c.threads() : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(threads));
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    Device d = switch (device) {
      case cpu -> Device.cpu();
      case gpu -> requireGpu();
      case auto -> Engine.getInstance().defaultDevice();
    };
    PrintWriter out = spec.commandLine().getOut();
    if (stepBenchmark != null) {
      new StepComparison(c, d, out).run(2, Math.max(1, repeats), stepBenchmark);
      return 0;
    }
    if (benchmark) {
      new Benchmark(c, d, out).run(Math.max(1, repeats));
      return 0;
    }
    TrainingRun.Outcome outcome = new TrainingRun(c, d, out).run();
    out.printf("done: held-out accuracy %.3f -> %.3f; metrics, chart and checkpoint in %s%n",
        outcome.heldoutBefore(), outcome.heldoutAfter(), c.outputDir());
    out.flush();
    return 0;
  }
}
