package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The host side of one confined run, as the backend receives it.
 *
 * @param runDirectory private scratch directory of the run (holds in/, meta/ and src/)
 * @param sourceFiles files to place in the work directory: relative name to host file
 * @param artifactDirectory a compiled artifact to expose read-only, or null
 * @param outputDirectory a writable directory for a compiler's output, or null
 * @param toolRoots tool installs outside /usr to expose read-only
 * @param limits the run's limits
 */
public record LaunchPlan(Path runDirectory, Map<String, Path> sourceFiles, Path artifactDirectory,
    Path outputDirectory, List<Path> toolRoots, Limits limits) {

  public Path stdinFile() {
    return runDirectory.resolve("in/stdin");
  }

  public Path reportFile() {
    return runDirectory.resolve("meta/report");
  }
}
