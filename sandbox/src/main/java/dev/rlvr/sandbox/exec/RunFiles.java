package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a run's files into its scratch directory: name in the work dir to host file. */
final class RunFiles {
  private RunFiles() {}

  /** The main source and the program's extra files. */
  static Map<String, Path> sources(Path runDir, Program program) throws IOException {
    Map<String, Path> files = extraFiles(runDir, program);
    Path src = Files.createDirectories(runDir.resolve("src"));
    Path main = src.resolve(LanguageCommands.sourceFileName(program));
    Files.writeString(main, program.source(), StandardCharsets.UTF_8);
    files.put(LanguageCommands.sourceFileName(program), main);
    return files;
  }

  /** The run's own files (a checker's input, expected and actual output), beside the program's. */
  static Map<String, Path> inputFiles(Path runDir, Input input) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    Path dir = Files.createDirectories(runDir.resolve("input-files"));
    for (Map.Entry<String, String> file : input.files().entrySet()) {
      Path host = dir.resolve(file.getKey());
      Files.createDirectories(host.getParent());
      Files.writeString(host, file.getValue(), StandardCharsets.UTF_8);
      files.put(file.getKey(), host);
    }
    return files;
  }

  static Map<String, Path> extraFiles(Path runDir, Program program) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    Path extra = Files.createDirectories(runDir.resolve("extra"));
    for (Map.Entry<String, String> file : program.extraFiles().entrySet()) {
      Path host = extra.resolve(file.getKey());
      Files.createDirectories(host.getParent());
      Files.writeString(host, file.getValue(), StandardCharsets.UTF_8);
      files.put(file.getKey(), host);
    }
    return files;
  }
}
