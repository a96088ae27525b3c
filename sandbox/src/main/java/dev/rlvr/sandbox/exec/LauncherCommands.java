package dev.rlvr.sandbox.exec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Pieces of the host command line that starts a confined run: the cgroup prelude, bwrap's arguments on stdin. */
final class LauncherCommands {
  private LauncherCommands() {}

  /** Where the launcher's own arguments start: after the cgroup prelude and the launcher binary. */
  static int argumentsFrom(List<String> host) {
    int separator = host.indexOf("--");
    boolean prelude = !host.isEmpty() && host.get(0).equals("/bin/sh") && separator > 0;
    return prelude ? separator + 2 : 1;
  }

  static byte[] nulSeparated(List<String> arguments) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (String argument : arguments) {
      bytes.writeBytes(argument.getBytes(StandardCharsets.UTF_8));
      bytes.write(0);
    }
    return bytes.toByteArray();
  }

  static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** A shell that moves itself into the run's cgroup and then becomes the launcher. */
  static List<String> joinCgroup(Cgroups.Group group, List<String> host) {
    List<String> line = new ArrayList<>(List.of("/bin/sh", "-c",
        // -1000: when a run's cgroup runs out of memory, the kernel must kill the program, not the
        // launcher or rlvr-init (losing the report); rlvr-init puts the program back at 0.
        "echo -1000 > /proc/self/oom_score_adj 2>/dev/null; "
            + "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit 126; shift; done; shift; exec \"$@\"",
        "rlvr-cgroup"));
    line.addAll(group.procsFiles());
    line.add("--");
    line.addAll(host);
    return line;
  }
}
