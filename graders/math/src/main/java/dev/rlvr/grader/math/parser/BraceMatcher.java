package dev.rlvr.grader.math.parser;

import java.util.Arrays;

/**
 * Matches the TeX grouping braces of a text in one pass, with an explicit stack, so that the
 * normaliser can jump over a group in constant time and never recurses. Escaped braces
 * ({@code \{}, {@code \}}) are not grouping braces.
 */
final class BraceMatcher {

  private BraceMatcher() {}

  /**
   * For each index of {@code s}, the index of the closing brace when an opening brace stands
   * there and is closed, else -1.
   *
   * @param s the text, not null
   * @return an array as long as {@code s}
   */
  static int[] match(String s) {
    int n = s.length();
    int[] match = new int[n];
    Arrays.fill(match, -1);
    int[] stack = null;
    int top = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        if (stack == null) {
          stack = new int[Math.min(n, 64)];
        } else if (top == stack.length) {
          stack = Arrays.copyOf(stack, Math.min(n, stack.length * 2));
        }
        stack[top++] = i;
      } else if (c == '}' && top > 0) {
        match[stack[--top]] = i;
      }
    }
    return match;
  }
}
