package dev.rlvr.testing;

import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile text for property tests: fragments of the tags, LaTeX and code
 * that graders look for, mixed with unicode, control characters and long runs. The same seed
 * always gives the same strings, so a failure can be replayed.
 */
public final class RandomText {
  private static final List<String> FRAGMENTS = List.of(
      "<think>", "</think>", "<answer>", "</answer>", "<think", "</", ">", "<", "<THINK>", "< /think >",
      "\\boxed{", "\\boxed", "\\fbox{", "}", "{", "\\frac{1}{2}", "$", "$$", "\\(", "\\)", "\\\\",
      "```python\n", "```", "\n", "\r\n", "\t", " ", "  ", "42", "-3.5", "1,000", "x^2", "\\sqrt{2}",
      "the answer is ", "Answer: ", "####", "<|im_end|>", "</s>", "\u0000", "\uFFFF", "\uD83D\uDE00",
      "\uD800", "中文", "日本語", "ру", "عربى", "é", "\u200B", "'", "\"", "\\", "%", "null");

  private final Random random;

  /**
   * A generator with a fixed seed.
   *
   * @param seed the seed
   */
  public RandomText(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The next string: up to {@code maxPieces} fragments and random characters.
   *
   * @param maxPieces the most pieces to join
   * @return a string, possibly empty
   */
  public String next(int maxPieces) {
    int pieces = random.nextInt(maxPieces + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(10);
      if (kind < 6) {
        sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      } else if (kind < 8) {
        sb.append(words(1 + random.nextInt(8)));
      } else if (kind < 9) {
        sb.append((char) random.nextInt(0x3000));
      } else {
        sb.append(String.valueOf((char) ('a' + random.nextInt(26))).repeat(random.nextInt(200)));
      }
    }
    return sb.toString();
  }

  /**
   * Some lower-case words separated by spaces.
   *
   * @param count how many words
   * @return the words
   */
  public String words(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      int len = 1 + random.nextInt(9);
      for (int j = 0; j < len; j++) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
    }
    return sb.toString();
  }

  /**
   * A random int in [0, bound).
   *
   * @param bound the exclusive bound
   * @return the int
   */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * A random boolean.
   *
   * @return the boolean
   */
  public boolean nextBoolean() {
    return random.nextBoolean();
  }
}
