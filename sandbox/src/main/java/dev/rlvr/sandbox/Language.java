package dev.rlvr.sandbox;

import java.util.Locale;
import java.util.Optional;

/** The languages the sandbox compiles and runs, with the names that fences and records use for them. */
public enum Language {
  PYTHON("python", "main.py", false, "py", "python3", "py3", "python"),
  C("c", "main.c", true, "c", "gcc", "c11", "c17"),
  CPP("cpp", "main.cpp", true, "cpp", "c++", "cxx", "cc", "g++", "cpp17", "cpp20", "c++17", "c++20"),
  JAVA("java", "Main.java", true, "java", "jdk"),
  JAVASCRIPT("javascript", "main.js", false, "js", "javascript", "node", "nodejs", "ecmascript");

  private final String id;
  private final String defaultFileName;
  private final boolean compiled;
  private final String[] aliases;

  Language(String id, String defaultFileName, boolean compiled, String... aliases) {
    this.id = id;
    this.defaultFileName = defaultFileName;
    this.compiled = compiled;
    this.aliases = aliases;
  }

  /** The canonical lower-case name, as written in JSON and on the command line. */
  public String id() {
    return id;
  }

  /** The file the source is written to inside the sandbox (Java's depends on the public class). */
  public String defaultFileName() {
    return defaultFileName;
  }

  /** Whether a run needs a compiled artifact first (Java compiles to classes, run by the JVM). */
  public boolean compiled() {
    return compiled;
  }

  /** Reads a language name as fences and datasets spell it ("py", "C++", "node"...), if known. */
  public static Optional<Language> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.id.equals(wanted)) {
        return Optional.of(language);
      }
      for (String alias : language.aliases) {
        if (alias.equals(wanted)) {
          return Optional.of(language);
        }
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but fails with a message listing the known names. */
  public static Language of(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown language '" + name + "': use python, c, cpp, java or javascript"));
  }
}
