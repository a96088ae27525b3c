package dev.rlvr.sandbox.toolchain;

import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * The compile and run command lines of each language, written against the paths a backend gives
 * (inside a sandbox they are /work, /artifact and /out; the process backend uses host paths).
 * Flags are judge-like: optimised, standard library maths linked, the JVM and node heaps capped to
 * the memory limit because an address-space limit would stop them from starting at all.
 */
public final class LanguageCommands {

  /** Extra memory the JVM and node need beyond their heap: metaspace, code cache, thread stacks. */
  public static final long MANAGED_RUNTIME_OVERHEAD = 256 * Limits.MIB;

  private LanguageCommands() {
  }

  /** The file name the main source is written to. */
  public static String sourceFileName(Program program) {
    return program.language() == Language.JAVA ? JavaMainClass.of(program.source()) + ".java"
        : program.language().defaultFileName();
  }

  /** The compile command, or an empty list when the language needs none. */
  /** The C++ code-generation flags; a precompiled header is only valid for exactly these. */
  public static final List<String> CPP_FLAGS = List.of("-O2", "-std=gnu++17", "-pipe", "-w");

  public static List<String> compile(Toolchain toolchain, Program program, String workDir, String outDir) {
    return compile(toolchain, program, workDir, outDir, null);
  }

  /**
   * @param cppInclude a directory searched first for C++ headers (the precompiled one), or null
   */
  public static List<String> compile(Toolchain toolchain, Program program, String workDir, String outDir,
      String cppInclude) {
    String source = workDir + "/" + sourceFileName(program);
    return switch (program.language()) {
      case C -> List.of(toolchain.compiler().toString(), "-O2", "-std=gnu17", "-pipe", "-w", "-o",
          outDir + "/main", source, "-lm");
      case CPP -> {
        List<String> command = new ArrayList<>(List.of(toolchain.compiler().toString()));
        command.addAll(CPP_FLAGS);
        if (cppInclude != null) {
          command.addAll(List.of("-I", cppInclude));
        }
        command.addAll(List.of("-o", outDir + "/main", source, "-lm"));
        yield command;
      }
      case JAVA -> {
        List<String> command = new ArrayList<>(List.of(toolchain.compiler().toString(), "-J-XX:+UseSerialGC",
            "-J-XX:TieredStopAtLevel=1", "-J-Xmx512m", "-J-XX:ActiveProcessorCount=1", "-encoding", "UTF-8",
            "-nowarn", "-d", outDir, "-sourcepath", workDir, source));
        // Extra .java files are compiled even when the main class never names them: a harness
        // finds the classes it calls by reflection. Sorted, so the command (a cache key) is stable.
        program.extraFiles().keySet().stream().filter(name -> name.endsWith(".java")).sorted()
            .forEach(name -> command.add(workDir + "/" + name));
        yield List.copyOf(command);
      }
      case PYTHON, JAVASCRIPT -> List.of();
    };
  }

  /** The run command for a program whose source is in workDir and whose artifact is in artifactDir. */
  public static List<String> run(Toolchain toolchain, Program program, Limits limits, String workDir,
      String artifactDir, List<String> args) {
    List<String> command = new ArrayList<>();
    switch (program.language()) {
      case PYTHON -> {
        command.add(toolchain.runtime().toString());
        command.add("-B");
        command.add(workDir + "/" + sourceFileName(program));
      }
      case C, CPP -> command.add(artifactDir + "/main");
      case JAVA -> {
        command.add(toolchain.runtime().toString());
        command.add("-Xmx" + limits.memoryMib() + "m");
        command.add("-Xss64m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:ActiveProcessorCount=1");
        command.add("-XX:-UsePerfData");
        command.add("-Xshare:auto");
        // The JVM logs its warnings (a thread it could not start, CDS) to stdout by default,
        // into the program's answer: send them to stderr.
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-cp");
        command.add(artifactDir);
        command.add(JavaMainClass.qualified(program.source()));
      }
      case JAVASCRIPT -> {
        command.add(toolchain.runtime().toString());
        command.add("--max-old-space-size=" + limits.memoryMib());
        command.add("--stack-size=16384");
        command.add(workDir + "/" + sourceFileName(program));
      }
    }
    command.addAll(args);
    return command;
  }

  /**
   * Whether the address-space rlimit can hold this run: true for native code and CPython; the JVM
   * and node reserve gigabytes of address space they never touch, so they get heap flags instead.
   */
  public static boolean addressSpaceLimited(Language language) {
    return language == Language.PYTHON || language == Language.C || language == Language.CPP;
  }

  /** Whether the compiler can run under an address-space limit (javac is a JVM). */
  public static boolean compilerAddressSpaceLimited(Language language) {
    return language == Language.C || language == Language.CPP;
  }
}
