package dev.rlvr.cli;

import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.engine.EngineOptions;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RewardEngine;
import dev.rlvr.engine.RewardResult;
import dev.rlvr.record.InputRecord;
import dev.rlvr.record.OutputRecords;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Grades one rollout given on the command line and prints the score with its reasons. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Grade one response and print the score with its reason.",
    description = "Example: rlvr check --recipe format --response '<think>2+2=4</think> <answer>4</answer>'")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PluginOptions pluginOptions;

  @Mixin RecipeOption recipeOption;

  @Option(names = "--response", required = true, paramLabel = "<text>", description = "The model's completion.")
  String response;

  @Option(names = "--answer", paramLabel = "<gold>", description = "The gold answer (repeatable: any may match).")
  List<String> answers = List.of();

  @Option(names = "--prompt", paramLabel = "<text>", defaultValue = "",
      description = "The prompt, when a grader needs it (e.g. one ending in <think>).")
  String prompt;

  @Option(names = "--json", description = "Print the output record as JSON instead.")
  boolean json;

  @Override
  public Integer call() {
    GraderRegistry registry = pluginOptions.registry();
    Recipe recipe = recipeOption.resolve(registry);
    Reference reference = answers.isEmpty() ? Reference.none() : Reference.ofAnswers(answers.toArray(String[]::new));
    Rollout rollout = Rollout.of(prompt, response);
    RewardResult result;
    try (RewardEngine engine = RewardEngine.create(recipe, registry, new EngineOptions(1))) {
      result = engine.score(rollout, reference);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(OutputRecords.scored(new InputRecord(1, null, rollout, reference), result));
    } else {
      out.printf("score %s  (recipe %s, status %s)%n", result.reward(), recipe.name(), result.status().wireName());
      for (Map.Entry<String, Score> e : result.components().entrySet()) {
        Score s = e.getValue();
        String gated = result.gatedOff().contains(e.getKey()) ? "  [gated off]" : "";
        out.printf("  %-10s %-6s %-14s %s%s%n", e.getKey(), s.value(), s.verdict(), s.reason(), gated);
      }
    }
    out.flush();
    return result.status() == dev.rlvr.engine.RecordStatus.ERROR ? ExitCodes.SOME_ERRORS : ExitCodes.OK;
  }
}
