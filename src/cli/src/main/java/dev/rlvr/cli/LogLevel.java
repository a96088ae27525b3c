package dev.rlvr.cli;

/**
 * Sets slf4j-simple's level before the first logger exists: warnings only, unless {@code -v}
 * (info) or {@code -vv} (debug) is on the command line. Logs go to stderr; results to stdout.
 */
final class LogLevel {
  private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

  private LogLevel() {}

  static void configureFromArgs(String[] args) {
    String level = "warn";
    for (String arg : args) {
      if (arg.equals("-vv") || arg.equals("--debug")) {
        level = "debug";
      } else if ((arg.equals("-v") || arg.equals("--verbose")) && level.equals("warn")) {
        level = "info";
      }
    }
    if (System.getProperty(LEVEL_PROPERTY) == null) {
      System.setProperty(LEVEL_PROPERTY, level);
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }
}
