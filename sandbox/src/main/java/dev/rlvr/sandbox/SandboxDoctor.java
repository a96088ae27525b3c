package dev.rlvr.sandbox;

import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import dev.rlvr.sandbox.exec.SandboxSettings;
import dev.rlvr.sandbox.exec.SupervisedSandbox;
import dev.rlvr.sandbox.toolchain.Toolchain;
import dev.rlvr.sandbox.toolchain.Toolchains;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Says which toolchains and backends work on this machine and why the others do not, by
 * looking for them and then running a real probe program through each backend.
 */
public final class SandboxDoctor {

  /** One line of the report. */
  public record Check(String group, String name, boolean ok, String detail) {
  }

  /** Trivial programs, one per language, that print "ok". */
  private static final List<Program> PROBES = List.of(
      Program.of(Language.PYTHON, "print('ok')"),
      Program.of(Language.C, "#include <stdio.h>\nint main(void){puts(\"ok\");return 0;}"),
      Program.of(Language.CPP, "#include <iostream>\nint main(){std::cout<<\"ok\\n\";}"),
      Program.of(Language.JAVA, "public class Main{public static void main(String[] a){System.out.println(\"ok\");}}"),
      Program.of(Language.JAVASCRIPT, "console.log('ok')"));

  private final SandboxSettings settings;

  public SandboxDoctor(SandboxSettings settings) {
    this.settings = settings;
  }

  /** Toolchains first, then every backend with a probe run per language it supports. */
  public List<Check> examine() {
    List<Check> checks = new ArrayList<>();
    Toolchains toolchains = settings.toolchains();
    for (Language language : Language.values()) {
      Optional<Toolchain> toolchain = toolchains.find(language);
      checks.add(toolchain.map(t -> new Check("toolchain", language.id(), true,
          (t.compiler() != null ? t.compiler() + " " : "") + (t.runtime() != null ? t.runtime() + " " : "")
              + "(" + t.version() + ")"))
          .orElseGet(() -> new Check("toolchain", language.id(), false, toolchains.problem(language))));
    }
    for (String backend : Sandboxes.BACKENDS) {
      checks.add(examine(backend));
    }
    return checks;
  }

  private Check examine(String backend) {
    String notes = backend.equals("bwrap") ? bwrapNotes() : "";
    try (Sandbox sandbox = Sandboxes.create(backend, settings, false)) {
      List<String> works = new ArrayList<>();
      List<String> fails = new ArrayList<>();
      for (Program probe : PROBES) {
        if (!sandbox.supports(probe.language())) {
          continue;
        }
        Execution execution = sandbox.run(probe, Input.EMPTY, Limits.DEFAULT.withWallTime(Duration.ofSeconds(60)));
        if (execution.ok() && execution.stdout().strip().equals("ok")) {
          works.add(probe.language().id() + " " + execution.wallTime().toMillis() + " ms");
        } else {
          fails.add(probe.language().id() + ": " + execution.status() + " " + firstLine(execution));
        }
      }
      if (sandbox instanceof SupervisedSandbox supervised) {
        notes += (notes.isEmpty() ? "" : "; ") + "uid per run: "
            + (supervised.dropsPrivileges() ? "yes" : "no (not root)") + "; " + supervised.cgroupDescription();
      }
      boolean ok = !works.isEmpty() && fails.isEmpty();
      String detail = (works.isEmpty() ? "no language runs" : "runs " + String.join(", ", works))
          + (fails.isEmpty() ? "" : "; FAILS " + String.join("; ", fails))
          + (notes.isEmpty() ? "" : "; " + notes)
          + (backend.equals("process") ? "; NO isolation: only when asked for" : "");
      return new Check("backend", backend, ok, detail);
    } catch (RuntimeException e) {
      return new Check("backend", backend, false, e.getMessage() + (notes.isEmpty() ? "" : "; " + notes));
    }
  }

  private static String bwrapNotes() {
    Optional<java.nio.file.Path> bwrap = BwrapSandbox.locate();
    if (bwrap.isEmpty()) {
      return "install bubblewrap (apt-get install -y bubblewrap)";
    }
    try {
      Process process = new ProcessBuilder(bwrap.get().toString(), "--version").redirectErrorStream(true).start();
      String version = new String(process.getInputStream().readAllBytes()).strip();
      process.waitFor(10, TimeUnit.SECONDS);
      return version;
    } catch (IOException e) {
      return "bwrap does not run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static String firstLine(Execution execution) {
    String text = execution.message() + " " + execution.stderr().strip();
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }
}
