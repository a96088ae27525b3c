package dev.rlvr.sandbox.process;

import dev.rlvr.sandbox.exec.LaunchPlan;
import dev.rlvr.sandbox.exec.RunDirectories;
import dev.rlvr.sandbox.exec.SandboxPaths;
import dev.rlvr.sandbox.exec.SandboxSettings;
import dev.rlvr.sandbox.exec.SupervisedSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rlimits, a uid of its own (as root) and timeouts, and nothing else: the program sees the host's
 * files and network. For machines without bubblewrap, and as the baseline that measures what
 * isolation costs. Never chosen automatically; creating one logs a warning.
 */
public final class ProcessSandbox extends SupervisedSandbox {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessSandbox.class);

  public ProcessSandbox(SandboxSettings settings) throws IOException {
    super(settings);
    LOG.warn("sandbox backend 'process' does NOT isolate programs: they can read host files and use the "
        + "network. Use it only for trusted code or for measurements; 'bwrap' is the safe default.");
  }

  @Override
  public String name() {
    return "process";
  }

  @Override
  protected SandboxPaths paths(LaunchPlan plan, Path init) {
    Path work = plan.runDirectory().resolve("work");
    return new SandboxPaths(work.toString(),
        plan.artifactDirectory() == null ? "" : plan.artifactDirectory().toString(),
        plan.outputDirectory() == null ? "" : plan.outputDirectory().toString(), init.toString(),
        plan.reportFile().toString(), plan.stdinFile().toString());
  }

  @Override
  protected void prepareHost(LaunchPlan plan) throws IOException {
    Path work = RunDirectories.createShared(plan.runDirectory().resolve("work"));
    for (Map.Entry<String, Path> file : plan.sourceFiles().entrySet()) {
      Path target = work.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.copy(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  protected List<String> confine(LaunchPlan plan, SandboxPaths paths, Path init, List<String> supervised) {
    return supervised;
  }

  @Override
  protected void kill(Process process) {
    // SIGTERM lets rlvr-init sweep the program's uid before it goes; SIGKILL if it does not.
    process.destroy();
    try {
      if (!process.waitFor(1, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
