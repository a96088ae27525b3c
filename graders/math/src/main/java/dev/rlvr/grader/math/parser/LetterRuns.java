package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a run of plain letters is a word ({@code yes}, {@code cm}, {@code apples})
 * or a product of one-letter symbols ({@code xy}, {@code 2ab}, {@code abc}), and builds the
 * symbols.
 *
 * <p>The rule, for a run of two or more letters that is no keyword of the lexer:
 *
 * <ol>
 *   <li>a run in {@link #WORDS} (case-insensitive) is a word: short English words, units and
 *       answers such as {@code no}, {@code is}, {@code cm}, {@code kg}, {@code yes},
 *       {@code odd}, {@code dne};
 *   <li>two letters otherwise are a product ({@code xy}, {@code ab});
 *   <li>letters in consecutive alphabetical order are a product ({@code abc}, {@code xyz},
 *       {@code abcd});
 *   <li>three letters are a word when the middle one is a vowel ({@code cat}, {@code Bob}) or
 *       the run is capitalised ({@code Tom}), else a product ({@code mnp});
 *   <li>four or more letters are a word.
 * </ol>
 *
 * <p>Inside one product, a single word turns every other run of two or more letters into words
 * too ({@code The answer is} is all words). One letter is always a symbol; {@code e} is Euler's
 * number and {@code i} the imaginary unit.
 */
final class LetterRuns {

  /** Words and units that the shape rules would take for products. */
  static final Set<String> WORDS = Set.of(
      "no", "is", "it", "of", "in", "on", "an", "as", "at", "be", "by", "do", "if", "me", "my",
      "so", "to", "up", "us", "we", "ok", "am", "pm", "cm", "mm", "km", "kg", "mg", "ml", "ft",
      "yd", "mi", "hr", "lb", "oz", "sq", "mph", "kph", "kmh", "hrs", "yds", "lbs", "yes", "odd",
      "one", "two", "six", "ten", "dne", "nan", "all", "any", "are", "but", "can", "for", "has",
      "its", "may", "per", "the", "not", "was", "who", "why", "off", "out", "own", "day", "min",
      "sec", "sum", "cc", "dl", "kw", "kwh", "dm", "nm", "ms", "rpm");

  private LetterRuns() {}

  /**
   * Whether a run of letters reads as a word rather than a product of symbols.
   *
   * @param run two or more ASCII letters
   * @return true for a word
   */
  static boolean isWord(String run) {
    int n = run.length();
    if (n < 2) {
      return false;
    }
    if (WORDS.contains(run.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (n == 2 || consecutive(run)) {
      return false;
    }
    if (n == 3) {
      return isVowel(run.charAt(1)) || capitalised(run);
    }
    return true;
  }

  /**
   * The symbols of a run of letters, in order.
   *
   * @param run one or more ASCII letters
   * @return one expression per letter
   */
  static List<Expr> symbols(String run) {
    List<Expr> out = new ArrayList<>(run.length());
    for (int k = 0; k < run.length(); k++) {
      out.add(letter(run.charAt(k)));
    }
    return out;
  }

  /**
   * One letter: {@code e} and {@code i} are constants, any other a symbol.
   *
   * @param c an ASCII letter
   * @return its expression
   */
  static Expr letter(char c) {
    return switch (c) {
      case 'e' -> new Expr.Const(Expr.ConstKind.E);
      case 'i' -> new Expr.Const(Expr.ConstKind.IMAGINARY_UNIT);
      default -> new Expr.Sym(String.valueOf(c));
    };
  }

  private static boolean consecutive(String run) {
    for (int k = 1; k < run.length(); k++) {
      if (run.charAt(k) != run.charAt(k - 1) + 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(String run) {
    if (!Character.isUpperCase(run.charAt(0))) {
      return false;
    }
    for (int k = 1; k < run.length(); k++) {
      if (!Character.isLowerCase(run.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVowel(char c) {
    return "aeiouAEIOU".indexOf(c) >= 0;
  }
}
