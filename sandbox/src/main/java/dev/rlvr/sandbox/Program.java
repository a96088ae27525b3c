package dev.rlvr.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Untrusted source code to run: a language, the main source and optional extra files placed
 * beside it (headers, modules, data the program reads).
 *
 * @param language the language the source is written in
 * @param source the main source file's text
 * @param extraFiles more files by relative name; names may not leave the work directory
 */
public record Program(Language language, String source, Map<String, String> extraFiles) {

  public Program {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(source, "source");
    source = encodable(source);
    TreeMap<String, String> files = new TreeMap<>();
    if (extraFiles != null) {
      extraFiles.forEach((name, text) -> files.put(name, encodable(text)));
    }
    extraFiles = Map.copyOf(files);
    for (String name : extraFiles.keySet()) {
      requireSafeName(name);
    }
  }

  /**
   * The text as UTF-8 can write it: a surrogate half on its own (JSON's "\ud800" decodes to one)
   * becomes '?', as {@link #contentHash} already digests it. Without this the source file could
   * not be written and a bad program would come back as the sandbox's failure.
   */
  private static String encodable(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      }
    }
    return text;
  }

  public static Program of(Language language, String source) {
    return new Program(language, source, Map.of());
  }

  /** A digest of everything that determines the compiled artifact (not the toolchain). */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, language.id());
      update(digest, source);
      for (Map.Entry<String, String> file : new TreeMap<>(extraFiles).entrySet()) {
        update(digest, file.getKey());
        update(digest, file.getValue());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array()); // length first: no two splits collide
    digest.update(bytes);
  }

  static void requireSafeName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
      throw new IllegalArgumentException("extra file name must be a relative path: '" + name + "'");
    }
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("extra file name may not leave the work directory: '" + name + "'");
      }
    }
  }
}
