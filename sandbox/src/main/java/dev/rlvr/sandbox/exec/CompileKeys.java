package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import dev.rlvr.sandbox.toolchain.Toolchain;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Compile cache keys: the program's content, the toolchain's identity and the compile flags. */
public final class CompileKeys {
  private CompileKeys() {
  }

  public static String of(Toolchain toolchain, Program program) {
    String flags = String.join(" ", LanguageCommands.compile(toolchain, program, "W", "O"));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(program.contentHash().getBytes(StandardCharsets.UTF_8));
      digest.update(toolchain.fingerprint().getBytes(StandardCharsets.UTF_8));
      digest.update(flags.getBytes(StandardCharsets.UTF_8));
      return program.language().id() + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
