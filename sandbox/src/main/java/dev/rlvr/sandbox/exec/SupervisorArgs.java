package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Limits;
import java.util.ArrayList;
import java.util.List;

/** The command line of rlvr-init for one run, shared by every backend that starts programs through it. */
public final class SupervisorArgs {
  /** The stack a program gets: deep recursion is common in contest solutions. */
  public static final long STACK_BYTES = 64 * Limits.MIB;
  private static final int OPEN_FILES = 256;

  private SupervisorArgs() {
  }

  /**
   * @param init rlvr-init's path as the sandbox sees it
   * @param paths where the report, stdin and work dir are as the sandbox sees them
   * @param uid the uid to drop to, or -1 to keep the current one
   * @param processes the process limit (runtime threads included)
   * @param addressSpace the address-space limit, 0 where the runtime cannot live under one (JVM, node)
   * @param command the program's command line
   */
  public static List<String> of(String init, SandboxPaths paths, Limits limits, int uid, int processes,
      long addressSpace, List<String> command) {
    List<String> line = new ArrayList<>();
    line.add(init);
    if (uid >= 0) {
      line.addAll(List.of("-u", Integer.toString(uid), "-g", Integer.toString(uid)));
    }
    // RLIMIT_CPU counts whole seconds; a fractional limit is judged on the reported CPU time.
    long cpuSeconds = Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000);
    line.addAll(List.of("-t", Long.toString(cpuSeconds), "-p", Integer.toString(processes),
        "-f", Long.toString(limits.fileSizeBytes()), "-n", Integer.toString(OPEN_FILES),
        "-w", Long.toString(limits.wallTime().toMillis()),
        "-r", paths.report(), "-i", paths.stdin(), "-d", paths.work()));
    if (addressSpace > 0) {
      line.addAll(List.of("-m", Long.toString(addressSpace),
          "-s", Long.toString(Math.min(STACK_BYTES, addressSpace / 2))));
    } else {
      line.addAll(List.of("-s", Long.toString(STACK_BYTES)));
    }
    line.add("--");
    line.addAll(command);
    return line;
  }
}
