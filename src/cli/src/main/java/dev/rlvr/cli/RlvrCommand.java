package dev.rlvr.cli;

import dev.rlvr.api.ConfigException;
import dev.rlvr.cli.serve.ServeCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: prints usage when given no subcommand. */
@Command(
    name = "rlvr",
    mixinStandardHelpOptions = true,
    versionProvider = RlvrCommand.Version.class,
    header = "Rule-based, verifiable rewards for reasoning RL.",
    description = "Scores model rollouts (prompt + completion) against references with graders "
        + "combined by a recipe.",
    subcommands = {ScoreCommand.class, CheckCommand.class, GradersCommand.class, RunCommand.class,
      DoctorCommand.class, ServeCommand.class},
    footer = "%nExit codes: 0 all scored, 1 some records bad, 2 usage error, 3 file error "
        + "(see rlvr score --help).")
final class RlvrCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The command line with rlvr's handling of configuration and I/O errors. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RlvrCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    // UTF-8 whatever the locale: records carry any language, and a C locale would turn them into '?'.
    cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((failure, commandLine, parsed) -> {
      Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
      if (cause instanceof ConfigException || cause instanceof IllegalArgumentException) {
        commandLine.getErr().println("rlvr: " + cause.getMessage());
        return ExitCodes.USAGE;
      }
      if (cause instanceof IOException) {
        commandLine.getErr().println("rlvr: " + cause.getMessage());
        return ExitCodes.IO_FAILURE;
      }
      throw failure;
    });
    return cli;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RlvrCommand.class.getPackage().getImplementationVersion();
      return new String[] {"rlvr " + (v == null ? "(development build)" : v)};
    }
  }
}
