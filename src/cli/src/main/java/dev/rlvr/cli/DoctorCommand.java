package dev.rlvr.cli;

import dev.rlvr.sandbox.SandboxDoctor;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Says which sandbox backends and toolchains work here, and why the others do not. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    header = "Check which sandbox backends and compilers work on this machine, and why not.",
    description = "Looks for each toolchain, then runs a probe program in every language through every backend.",
    footer = "%nExit codes: 0 the default backend (bwrap) runs programs, 1 it does not.")
final class DoctorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SandboxDoctor.Check> checks = new SandboxDoctor(SandboxSettings.defaults().withMaxParallel(1)).examine();
    String group = "";
    boolean defaultWorks = false;
    for (SandboxDoctor.Check check : checks) {
      if (!check.group().equals(group)) {
        group = check.group();
        out.println(group.equals("toolchain") ? "Toolchains:" : "Sandbox backends:");
      }
      out.printf("  %-11s %-4s %s%n", check.name(), check.ok() ? "ok" : "NO", check.detail());
      if (check.group().equals("backend") && check.name().equals("bwrap")) {
        defaultWorks = check.ok();
      }
    }
    out.flush();
    return defaultWorks ? ExitCodes.OK : ExitCodes.SOME_ERRORS;
  }
}
