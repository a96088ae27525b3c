package dev.rlvr.cli.serve;

import dev.rlvr.cli.PluginOptions;
import dev.rlvr.cli.RecipeOption;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the HTTP reward server until SIGTERM or Ctrl-C, then stops gracefully. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve rewards over HTTP for Python trainers (OpenRLHF, TRL, verl).",
    description = {
      "Endpoints: POST /get_reward (OpenRLHF's remote reward model: {query, prompts, labels} -> "
          + "{rewards, scores, extra_logs}); POST /score (a JSON array of input records -> the array of "
          + "output records); POST /v1/score ({items, options} -> {results}); GET /health; GET /metrics "
          + "(Prometheus text).",
      "URL parameters pick another recipe and weights per request: "
          + "/get_reward?recipe=r1-zero-math&weight=format=0.5.",
      "Too many requests at once get 503 with Retry-After; a body over --max-body-mb gets 413; a bad "
          + "request gets 400 with a JSON error. SIGTERM or Ctrl-C stops taking requests, finishes those "
          + "in flight, then exits."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "2:usage error: bad option, unknown recipe or grader",
      "3:the address could not be bound",
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PluginOptions pluginOptions;
  @Mixin RecipeOption recipeOption;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "<address>",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for all).")
  String host;

  @Option(names = {"-p", "--port"}, defaultValue = "8000", paramLabel = "<port>",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = {"-t", "--threads"}, paramLabel = "<n>",
      description = "Records scored at once, over all requests (default: the number of processors).")
  Integer threads;

  @Option(names = "--max-in-flight", defaultValue = "64", paramLabel = "<n>",
      description = "Scoring requests served at once; more get 503 + Retry-After (default: ${DEFAULT-VALUE}). "
          + "Set it to at least the trainer's concurrent reward calls.")
  int maxInFlight;

  @Option(names = "--max-body-mb", defaultValue = "16", paramLabel = "<MiB>",
      description = "Largest request body; larger gets 413 (default: ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Option(names = "--max-batch", defaultValue = "4096", paramLabel = "<n>",
      description = "Most records in one request; more gets 413 (default: ${DEFAULT-VALUE}).")
  int maxBatch;

  @Option(names = "--deadline-s", defaultValue = "150", paramLabel = "<s>",
      description = "Time budget of one request; records not scored by then come back as timeouts "
          + "(default: ${DEFAULT-VALUE}, under OpenRLHF's 180 s client timeout).")
  int deadlineSeconds;

  @Option(names = {"-v", "--verbose"}, description = "Log more (-vv for debug); parsed before start-up.")
  boolean[] verbose = new boolean[0];

  @Override
  public Integer call() throws Exception {
    ServerSettings settings = new ServerSettings(host, port,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), maxInFlight,
        (long) maxBodyMb << 20, maxBatch, Duration.ofSeconds(deadlineSeconds));
    GraderRegistry registry = pluginOptions.registry();
    Recipe recipe = recipeOption.resolve(registry);
    RewardServer server = RewardServer.start(settings, new EngineCache(registry, recipe));
    Duration grace = settings.deadline().plusSeconds(5);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutdown(grace), "rlvr-serve-shutdown"));
    PrintWriter err = spec.commandLine().getErr();
    err.printf("rlvr serve: recipe %s on http://%s:%d (POST /get_reward, /score, /v1/score; GET /health, /metrics)%n",
        recipe.name(), server.host(), server.port());
    err.flush();
    server.awaitStopped();
    return 0;
  }
}
