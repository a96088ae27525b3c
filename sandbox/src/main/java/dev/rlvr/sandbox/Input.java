package dev.rlvr.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What one execution of a program receives: its standard input and its command-line arguments.
 * Expected outputs never belong here; they stay outside the sandbox.
 */
public record Input(byte[] stdin, List<String> args) {

  public static final Input EMPTY = new Input(new byte[0], List.of());

  public Input {
    stdin = stdin == null ? new byte[0] : stdin.clone();
    args = args == null ? List.of() : List.copyOf(args);
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
    return other instanceof Input that && java.util.Arrays.equals(stdin, that.stdin) && args.equals(that.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(stdin), args);
  }

  @Override
  public String toString() {
    return "Input[stdin=" + stdin.length + " bytes, args=" + args + "]";
  }
}
