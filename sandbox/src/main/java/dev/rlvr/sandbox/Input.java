package dev.rlvr.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one execution of a program receives: its standard input, its command-line arguments, and
 * files placed beside it for this run only (a checker's input, expected and actual output).
 * Unlike a {@link Program}'s extra files they are not part of what is compiled, so a compiled
 * program keeps its cache entry whatever files a run gets. Expected outputs of the program under
 * test never belong here; they stay outside the sandbox.
 *
 * @param stdin standard input
 * @param args command-line arguments
 * @param files text files by relative name, written into the work directory for this run
 */
public record Input(byte[] stdin, List<String> args, Map<String, String> files) {

  public static final Input EMPTY = new Input(new byte[0], List.of());

  public Input {
    stdin = stdin == null ? new byte[0] : stdin.clone();
    args = args == null ? List.of() : List.copyOf(args);
    files = files == null ? Map.of() : Map.copyOf(new TreeMap<>(files));
    for (String name : files.keySet()) {
      Program.requireSafeName(name);
    }
  }

  public Input(byte[] stdin, List<String> args) {
    this(stdin, args, Map.of());
  }

  public static Input ofStdin(String text) {
    return new Input(text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8), List.of());
  }

  @Override
  public byte[] stdin() {
    return stdin.clone();
  }

  /** The input without a defensive copy, for backends that only write it out. */
  byte[] stdinBytes() {
    return stdin;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Input that && java.util.Arrays.equals(stdin, that.stdin) && args.equals(that.args)
        && files.equals(that.files);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(stdin), args, files);
  }

  @Override
  public String toString() {
    return "Input[stdin=" + stdin.length + " bytes, args=" + args + ", files=" + files.keySet() + "]";
  }
}
