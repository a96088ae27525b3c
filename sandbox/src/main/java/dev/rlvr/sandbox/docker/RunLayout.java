package dev.rlvr.sandbox.docker;

import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.exec.SandboxPaths;
import dev.rlvr.sandbox.exec.SupervisorArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one run's files live inside a worker container, and the command lines that stage,
 * supervise and clean up the run. Staged files arrive in {@code /runs/<id>} (the engine can copy
 * archives there but the program cannot write there); the program works in a copy on the
 * size-capped tmpfs {@code /work/<id>}.
 *
 * @param id the run's name, unique within the sandbox
 */
record RunLayout(String id) {

  /** Where the image installs rlvr-init, built from this module's source. */
  static final String INIT = "/usr/local/bin/rlvr-init";

  RunLayout {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("run id must be a plain name: " + id);
    }
  }

  String staging() {
    return ContainerLimits.RUNS + "/" + id;
  }

  String work() {
    return ContainerLimits.WORK + "/" + id;
  }

  /** The paths as the toolchain's command lines see them. */
  SandboxPaths paths() {
    return new SandboxPaths(work(), staging() + "/art", staging() + "/out", INIT, staging() + "/meta/report",
        staging() + "/in/stdin");
  }

  /**
   * Run as root: copies the staged sources to a writable work directory, then becomes rlvr-init,
   * which drops the command to uid with the run's rlimits and writes the report.
   *
   * @param addressSpace the address-space limit, 0 where the runtime cannot live under one (JVM, node)
   * @param processes the process limit, runtime threads included
   */
  List<String> supervised(int uid, Limits limits, int processes, long addressSpace, List<String> command) {
    List<String> line = new ArrayList<>(List.of("/bin/sh", "-c",
        "cp -R \"$1\" \"$2\" && chmod 0777 \"$2\" && shift 2 && exec \"$@\"", "rlvr-stage",
        staging() + "/src", work()));
    line.addAll(SupervisorArgs.of(INIT, paths(), limits, uid, processes, addressSpace, command));
    return line;
  }

  /**
   * Run as root after the run: prints rlvr-init's report, then deletes the run's files and whatever
   * it left in /tmp and /dev/shm, so that the next run in this container finds nothing of it.
   */
  List<String> reportAndClean() {
    return List.of("/bin/sh", "-c", "cat \"$1\" 2>/dev/null; rm -rf \"$2\" \"$3\"; "
        + "find /tmp /dev/shm -mindepth 1 -delete 2>/dev/null; exit 0", "rlvr-clean",
        paths().report(), staging(), work());
  }

  /**
   * Run as the run's uid: kill(-1) from that uid reaches every process of the run and nothing else.
   * Written {@code -KILL -1}: dash reads the {@code -s KILL -1} form's pid as an unknown option.
   */
  static List<String> killEverythingOfThisUid() {
    return List.of("/bin/sh", "-c", "kill -KILL -1");
  }
}
