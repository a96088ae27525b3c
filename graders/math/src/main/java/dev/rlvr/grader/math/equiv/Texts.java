package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Const;
import dev.rlvr.grader.math.expr.Expr.ConstKind;
import dev.rlvr.grader.math.expr.Expr.Num;
import dev.rlvr.grader.math.expr.Expr.SetOf;
import dev.rlvr.grader.math.expr.Expr.Sym;
import dev.rlvr.grader.math.expr.Expr.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words: multiple-choice letters ({@code (B)}, {@code B}, {@code \text{(B)}}, {@code b)}),
 * other words compared case-insensitively without punctuation ({@code Yes.} = {@code yes}),
 * a few number words, and the words for the empty set and the real line.
 */
final class Texts {
  private static final Pattern WRAPPER =
      Pattern.compile("\\\\(text|textbf|textit|textrm|mathrm|mathbf|mbox|operatorname)\\s*");
  private static final Pattern CHOICE_PREFIX =
      Pattern.compile("^(option|choice|answer)\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** Number words by value, 0 to 20. */
  private static final List<String> SMALL_NUMBERS =
      List.of(
          ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                  + " fifteen sixteen seventeen eighteen nineteen twenty")
              .split(" "));

  /** Number words for 30, 40, ... 90. */
  private static final List<String> TENS =
      List.of("thirty forty fifty sixty seventy eighty ninety".split(" "));

  private static final Set<String> EMPTY_SET_WORDS =
      Set.of(
          "none",
          "no solution",
          "no solutions",
          "no real solution",
          "no real solutions",
          "no real roots",
          "no roots",
          "empty set",
          "the empty set",
          "emptyset",
          "varnothing",
          "null set",
          "there are no solutions",
          "there is no solution");
  private static final Set<String> REAL_LINE_WORDS =
      Set.of(
          "r",
          "mathbb r",
          "ℝ",
          "reals",
          "real numbers",
          "all real numbers",
          "all reals",
          "all real x",
          "the set of all real numbers",
          "all x");

  private Texts() {}

  static Comparison compare(Comparer c, Expr g, Expr a) {
    if (g instanceof Text tg && a instanceof Text ta) {
      return bothText(c, tg.text(), ta.text());
    }
    boolean goldIsText = g instanceof Text;
    String text = ((Text) (goldIsText ? g : a)).text();
    Expr other = goldIsText ? a : g;
    String letter = choiceLetter(text);
    if (letter != null && other instanceof Sym s && s.name().length() == 1) {
      boolean same = letter.equalsIgnoreCase(s.name());
      return same
          ? Comparison.equal("choice letter", letter + " = " + s.name())
          : Comparison.notEqual("choice letter", letter + " != " + s.name());
    }
    String words = normalize(text);
    if (EMPTY_SET_WORDS.contains(words) && other instanceof SetOf set && set.elements().isEmpty()) {
      return Comparison.equal("empty set", "\"" + text + "\" is the empty set");
    }
    if (REAL_LINE_WORDS.contains(words) || EMPTY_SET_WORDS.contains(words)) {
      Comparison r = Intervals.compare(c, g, a);
      if (r != null) {
        return r;
      }
    }
    Expr value = asValue(words);
    if (value != null) {
      return (goldIsText ? c.compare(value, other) : c.compare(other, value)).under("number word");
    }
    return Comparison.notEqual("text", "words against math: \"" + text + "\"");
  }

  private static Comparison bothText(Comparer c, String g, String a) {
    String lg = choiceLetter(g);
    String la = choiceLetter(a);
    if (lg != null && la != null) {
      return lg.equals(la)
          ? Comparison.equal("choice letter", lg + " = " + la)
          : Comparison.notEqual("choice letter", lg + " != " + la);
    }
    String ng = normalize(g);
    String na = normalize(a);
    if (ng.equals(na) && (!ng.isEmpty() || g.strip().equals(a.strip()))) {
      return Comparison.equal("text", "\"" + ng + "\"");
    }
    Expr vg = asValue(ng);
    Expr va = asValue(na);
    if (vg != null && va != null) {
      return c.compare(vg, va).under("number word");
    }
    return Comparison.notEqual("text", "\"" + ng + "\" != \"" + na + "\"");
  }

  /** The upper-case letter of a multiple-choice answer, or null. */
  static String choiceLetter(String raw) {
    String t = WRAPPER.matcher(raw).replaceAll("").replace("{", "").replace("}", "").strip();
    t = CHOICE_PREFIX.matcher(t).replaceFirst("");
    int start = 0;
    int end = t.length();
    while (start < end && "([ ".indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ")]:.; ".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end - start != 1) {
      return null;
    }
    char ch = t.charAt(start);
    return ch < 128 && Character.isLetter(ch) ? String.valueOf(Character.toUpperCase(ch)) : null;
  }

  /** Lower case, LaTeX text wrappers and punctuation gone, whitespace collapsed. */
  static String normalize(String raw) {
    String t = WRAPPER.matcher(raw).replaceAll(" ").toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = true;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (Character.isLetterOrDigit(ch)
          || ch == '.'
              && i > 0
              && i + 1 < t.length()
              && Character.isDigit(t.charAt(i - 1))
              && Character.isDigit(t.charAt(i + 1))) {
        sb.append(ch);
        space = false;
      } else if (ch == '-' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1)) && space) {
        sb.append(ch);
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int len = sb.length();
    return (len > 0 && sb.charAt(len - 1) == ' ' ? sb.substring(0, len - 1) : sb.toString());
  }

  /** Whether normalized words name the real line ("all real numbers", R). */
  static boolean isRealLine(String words) {
    return REAL_LINE_WORDS.contains(words);
  }

  /** Whether normalized words name the empty set ("no solution"). */
  static boolean isEmptySet(String words) {
    return EMPTY_SET_WORDS.contains(words);
  }

  /** A number, a number word or "infinity" as an expression, or null. */
  private static Expr asValue(String words) {
    if (NUMBER.matcher(words).matches() && words.length() < 1000) {
      return new Num(new BigDecimal(words), words);
    }
    int small = SMALL_NUMBERS.indexOf(words);
    if (small >= 0) {
      return Num.of(small);
    }
    int tens = TENS.indexOf(words);
    if (tens >= 0) {
      return Num.of(30 + 10L * tens);
    }
    if (words.equals("hundred") || words.equals("thousand")) {
      return Num.of(words.equals("hundred") ? 100 : 1000);
    }
    if (words.equals("infinity") || words.equals("infinite")) {
      return new Const(ConstKind.INFINITY);
    }
    return null;
  }
}
