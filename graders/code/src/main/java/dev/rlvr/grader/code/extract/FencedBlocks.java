package dev.rlvr.grader.code.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the fenced code blocks of a markdown text the way CommonMark does: a fence is a line of
 * three or more backticks or tildes (indented at most three spaces); it closes at a line of the
 * same character at least as long with nothing after it. As in CommonMark, a fence indented N
 * spaces (a block inside a list item) takes up to N spaces off each line of its content. Linear in
 * the text's length.
 */
public final class FencedBlocks {
  private FencedBlocks() {}

  public static List<FencedBlock> of(String text) {
    List<FencedBlock> blocks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      Fence open = Fence.opening(lines[i]);
      if (open == null) {
        i++;
        continue;
      }
      StringBuilder code = new StringBuilder();
      int j = i + 1;
      boolean closed = false;
      while (j < lines.length) {
        if (open.closedBy(lines[j])) {
          closed = true;
          break;
        }
        code.append(open.unindent(lines[j])).append('\n');
        j++;
      }
      blocks.add(new FencedBlock(open.info(), code.toString(), closed));
      i = j + 1;
    }
    return blocks;
  }

  private record Fence(char mark, int length, String info, int indent) {
    static Fence opening(String line) {
      String stripped = stripIndent(line);
      if (stripped == null || stripped.length() < 3) {
        return null;
      }
      char mark = stripped.charAt(0);
      if (mark != '`' && mark != '~') {
        return null;
      }
      int length = 0;
      while (length < stripped.length() && stripped.charAt(length) == mark) {
        length++;
      }
      if (length < 3) {
        return null;
      }
      String info = stripped.substring(length).strip();
      if (mark == '`' && info.indexOf('`') >= 0) {
        return null; // inline code such as ```x``` on one line
      }
      // "python title=x", "python{...}" and "python:main.py" all name python.
      String tag = info.isEmpty() ? "" : info.split("[\\s{:,]", 2)[0].toLowerCase(Locale.ROOT);
      return new Fence(mark, length, tag, leadingSpaces(line));
    }

    /** A content line without the fence's own indentation (at most that many leading spaces). */
    String unindent(String line) {
      int spaces = 0;
      while (spaces < indent && spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      return line.substring(spaces);
    }

    boolean closedBy(String line) {
      String stripped = stripIndent(line);
      if (stripped == null) {
        return false;
      }
      int run = 0;
      while (run < stripped.length() && stripped.charAt(run) == mark) {
        run++;
      }
      return run >= length && stripped.substring(run).isBlank();
    }

    private static String stripIndent(String line) {
      String noCr = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      int spaces = leadingSpaces(noCr);
      return spaces > 3 ? null : noCr.substring(spaces);
    }

    private static int leadingSpaces(String line) {
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      return spaces;
    }
  }
}
