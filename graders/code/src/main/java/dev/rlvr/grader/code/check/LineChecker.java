package dev.rlvr.grader.code.check;

import static dev.rlvr.grader.code.check.Details.plural;
import static dev.rlvr.grader.code.check.Details.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares line by line, ignoring whitespace at the end of each line and empty lines at the end
 * of the output (so the final newline too). Leading whitespace and blank lines in between count.
 */
final class LineChecker implements OutputChecker {

  @Override
  public Judgement check(String input, String expected, String actual) {
    List<String> wanted = lines(expected);
    List<String> got = lines(actual);
    int common = Math.min(wanted.size(), got.size());
    for (int i = 0; i < common; i++) {
      if (!wanted.get(i).equals(got.get(i))) {
        return Details.reject("line " + (i + 1) + ": expected " + quote(wanted.get(i)) + " got " + quote(got.get(i)));
      }
    }
    if (got.size() > wanted.size()) {
      return Details.reject("extra output at line " + (common + 1) + ": " + quote(got.get(common)));
    }
    if (got.size() < wanted.size()) {
      return Details.reject(got.isEmpty()
          ? "empty output, expected " + plural(wanted.size(), "line")
          : "output ends after " + got.size() + " of " + plural(wanted.size(), "line"));
    }
    return Judgement.accept();
  }

  /** The lines with trailing whitespace removed, without the empty lines at the end. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : Details.unixLines(text).split("\n", -1)) {
      lines.add(line.stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
