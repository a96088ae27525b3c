package dev.rlvr.sandbox.toolchain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which class a Java submission runs, and so the file it must be saved as: javac insists that a
 * public class lives in a file of its name, and solutions name theirs Main, Solution, or anything.
 */
public final class JavaMainClass {

  private static final Pattern PUBLIC_CLASS = Pattern.compile(
      "(?m)^\\s*public\\s+(?:(?:final|abstract|strictfp|sealed|non-sealed)\\s+)*(?:class|record|enum|interface)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
  private static final Pattern ANY_CLASS = Pattern.compile(
      "(?m)^\\s*(?:(?:final|abstract|strictfp|static)\\s+)*(?:class|record|enum|interface)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
  private static final Pattern PACKAGE = Pattern.compile(
      "^\\s*package\\s+([A-Za-z_$][A-Za-z0-9_$]*(?:\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*)*)\\s*;");
  private static final Pattern MAIN = Pattern.compile("static\\s+(?:public\\s+)?void\\s+main\\s*\\(");
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

  private JavaMainClass() {
  }

  /** The top-level public type if there is one, else the first class declaring main, else Main. */
  public static String of(String source) {
    String code = withoutComments(source);
    Matcher publicClass = PUBLIC_CLASS.matcher(code);
    if (publicClass.find()) {
      return publicClass.group(1);
    }
    Matcher anyClass = ANY_CLASS.matcher(code);
    String first = null;
    while (anyClass.find()) {
      String name = anyClass.group(1);
      if (first == null) {
        first = name;
      }
      int next = nextClassStart(code, anyClass.end());
      if (MAIN.matcher(code.substring(anyClass.end(), next)).find()) {
        return name;
      }
    }
    return first == null ? "Main" : first;
  }

  /**
   * The name the JVM runs: {@link #of} inside the source's package, if it declares one ({@code
   * package com.example;} puts the class in com/example/ of javac's output).
   */
  public static String qualified(String source) {
    Matcher pkg = PACKAGE.matcher(withoutComments(source));
    String simple = of(source);
    return pkg.find() ? pkg.group(1).replaceAll("\\s", "") + "." + simple : simple;
  }

  private static String withoutComments(String source) {
    return LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(" ")).replaceAll(" ");
  }

  private static int nextClassStart(String code, int from) {
    Matcher next = ANY_CLASS.matcher(code);
    return next.find(from) ? next.start() : code.length();
  }
}
