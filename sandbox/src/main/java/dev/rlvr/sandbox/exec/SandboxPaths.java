package dev.rlvr.sandbox.exec;

/**
 * Where things are as the confined program sees them. Inside bwrap these are fixed names
 * (/work, /artifact...); the process backend sees host paths.
 *
 * @param work the program's writable working directory, with its source files
 * @param artifact the compiled artifact's directory (read-only)
 * @param out the directory a compiler writes its artifact into
 * @param init rlvr-init
 * @param report the file rlvr-init writes its report to
 * @param stdin the file the program reads as standard input
 */
public record SandboxPaths(String work, String artifact, String out, String init, String report, String stdin) {
}
