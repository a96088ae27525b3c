package dev.rlvr.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.ExecutionJson;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs one program in the sandbox and prints its Execution as JSON. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header = "Run one program in the sandbox and print how it ended, as JSON.",
    description = "For debugging a test case, and for checking the sandbox from outside. Example:%n"
        + "  rlvr run --language python --file sol.py --stdin in.txt --time-limit 2",
    footer = "%nExit codes: 0 the program ran and exited 0, 1 it failed (status says how), "
        + "2 usage error, 3 file or sandbox error.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--language", required = true, paramLabel = "<lang>",
      description = "python, c, cpp, java or javascript (aliases such as py, c++, js work).")
  String language;

  @Option(names = "--file", required = true, paramLabel = "<path>", description = "The program's source.")
  Path file;

  @Option(names = "--stdin", paramLabel = "<path>", description = "A file given to the program as standard input.")
  Path stdin;

  @Option(names = "--backend", paramLabel = "<name>", defaultValue = "auto",
      description = "auto (bwrap), bwrap, process, docker or graal. Default: ${DEFAULT-VALUE}.")
  String backend;

  @Option(names = "--time-limit", paramLabel = "<seconds>", defaultValue = "5",
      description = "CPU time limit; the wall limit is twice that plus 1 s. Default: ${DEFAULT-VALUE}.")
  double timeLimit;

  @Option(names = "--memory-limit", paramLabel = "<MiB>", defaultValue = "512",
      description = "Memory limit in MiB. Default: ${DEFAULT-VALUE}.")
  long memoryLimit;

  @Option(names = "--cold", description = "Start a fresh interpreter for Python instead of the warm worker.")
  boolean cold;

  @Override
  public Integer call() throws IOException {
    Language lang = Language.of(language);
    if (timeLimit <= 0 || timeLimit > 3600) {
      throw new IllegalArgumentException("--time-limit must be between 0 and 3600 seconds, was " + timeLimit);
    }
    // Decoded leniently: a stray byte in a model's program is the program's problem, not a file error.
    Program program = Program.of(lang, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    Input input = stdin == null ? Input.EMPTY : new Input(Files.readAllBytes(stdin), List.of());
    Limits limits = Limits.DEFAULT.withTime(Duration.ofMillis(Math.round(timeLimit * 1000)))
        .withMemoryBytes(memoryLimit * Limits.MIB);
    Execution execution;
    String backendName;
    try (Sandbox sandbox = Sandboxes.create(backend, SandboxSettings.defaults().withMaxParallel(1), !cold)) {
      backendName = sandbox.name();
      execution = sandbox.run(program, input, limits);
    }
    ObjectNode json = ExecutionJson.toJson(execution);
    json.put("backend", backendName);
    json.put("language", lang.id());
    PrintWriter out = spec.commandLine().getOut();
    out.println(json.toPrettyString());
    out.flush();
    if (execution.status() == Status.SANDBOX_ERROR) {
      spec.commandLine().getErr().println("rlvr: the sandbox failed: " + execution.message());
      return ExitCodes.IO_FAILURE;
    }
    return execution.ok() ? ExitCodes.OK : ExitCodes.SOME_ERRORS;
  }

}
