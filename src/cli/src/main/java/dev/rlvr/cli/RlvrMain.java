package dev.rlvr.cli;

/** Entry point of the runnable jar. */
public final class RlvrMain {
  private RlvrMain() {}

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    LogLevel.configureFromArgs(args);
    System.exit(RlvrCommand.commandLine().execute(args));
  }
}
