package dev.rlvr.grader.math;

import dev.rlvr.api.BoxedAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the final committed answer of a completion, in one pass over the relevant region.
 *
 * <p>The region is the answer block, or what follows the last {@code </think>} (see
 * {@link AnswerSource}). In it, the last complete box is the answer, so a self-correction counts;
 * boxes joined only by "or", "and" or commas are offered together, and when they differ that is a
 * hedge. An unterminated box after the last complete one means the generation was cut off inside
 * its answer: no answer. Without a box, the configured answer statements are tried in order
 * ("final answer is", "answer:"), the last occurrence of each; there is no "last number in the
 * text" fallback unless asked for, since it rewards restating the question.
 */
final class AnswerExtractor {
  private static final int MAX_STATEMENT_CHARS = 400;
  /** GSM8K's answer line, {@code #### 72}; also a markdown heading, so only before a value. */
  private static final String GSM8K_MARKER = "####";

  private final AnswerSource source;
  private final List<String> fallbacks;
  private final boolean lastNumber;

  AnswerExtractor(AnswerSource source, List<String> fallbacks, boolean lastNumber) {
    this.source = source;
    this.fallbacks = fallbacks.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    this.lastNumber = lastNumber;
  }

  FinalAnswer extract(String completion) {
    Region region = region(completion);
    if (region == null) {
      return FinalAnswer.none(source == AnswerSource.ANSWER_TAG
          ? "no <answer> block"
          : "<think> is never closed: the generation stopped inside its reasoning");
    }
    String text = region.text();
    List<BoxedAnswers.Box> boxes = BoxedAnswers.locate(text);
    int afterLastBox = boxes.isEmpty() ? 0 : boxes.get(boxes.size() - 1).end();
    if (BoxedAnswers.unterminatedAfter(text, afterLastBox)) {
      return FinalAnswer.none("the last \\boxed{ is never closed (truncated generation)");
    }
    if (!boxes.isEmpty()) {
      List<String> group = lastGroup(text, boxes);
      return group.stream().allMatch(String::isBlank)
          ? FinalAnswer.none("the final box is empty")
          : new FinalAnswer(group, "boxed", "");
    }
    for (String phrase : fallbacks) {
      String statement = statementAfter(text, phrase);
      if (statement != null && !statement.isBlank()
          && (!phrase.equals(GSM8K_MARKER) || startsLikeAValue(statement))) {
        return FinalAnswer.of(statement, "fallback: " + phrase);
      }
    }
    if (region.wholeBlock() && !text.isBlank()) {
      return FinalAnswer.of(text.strip(), "answer_tag");
    }
    if (lastNumber) {
      String number = LastNumber.in(text);
      if (number != null) {
        return FinalAnswer.of(number, "last_number");
      }
    }
    return FinalAnswer.none("no \\boxed{} answer and no answer statement ("
        + String.join(", ", fallbacks) + ")");
  }

  /** The text to search, and whether it is a whole answer block (usable as the answer itself). */
  private record Region(String text, boolean wholeBlock) {}

  private Region region(String completion) {
    if (source == AnswerSource.COMPLETION) {
      return new Region(completion, false);
    }
    if (source == AnswerSource.AUTO || source == AnswerSource.ANSWER_TAG) {
      String block = lastAnswerBlock(completion);
      if (block != null) {
        return new Region(block, true);
      }
      if (source == AnswerSource.ANSWER_TAG) {
        return null;
      }
    }
    int think = completion.lastIndexOf("</think>");
    if (think < 0 && completion.contains("<think>")) {
      return null; // the reasoning never ended: a generation cut off before its answer
    }
    return new Region(think < 0 ? completion : completion.substring(think + "</think>".length()), false);
  }

  private static String lastAnswerBlock(String text) {
    int close = text.lastIndexOf("</answer>");
    if (close < 0) {
      return null;
    }
    int open = text.lastIndexOf("<answer>", close);
    return open < 0 ? null : text.substring(open + "<answer>".length(), close);
  }

  /**
   * The last box and the boxes before it that are joined to it only by connectives ("or",
   * "and", commas): together they are what the completion commits to.
   */
  private static List<String> lastGroup(String text, List<BoxedAnswers.Box> boxes) {
    List<String> group = new ArrayList<>();
    int i = boxes.size() - 1;
    group.add(0, boxes.get(i).content().strip());
    while (i > 0 && Connective.only(text.substring(boxes.get(i - 1).end(), boxes.get(i).start()))) {
      i--;
      group.add(0, boxes.get(i).content().strip());
    }
    List<String> distinct = group.stream().distinct().toList();
    return distinct.size() == 1 ? distinct : group;
  }

  /** The text after the last occurrence of a phrase, up to the end of its line or sentence. */
  private static String statementAfter(String text, String phrase) {
    int at = lastIndexIgnoreCase(text, phrase);
    if (at < 0) {
      return null;
    }
    int start = at + phrase.length();
    int end = Math.min(text.length(), start + MAX_STATEMENT_CHARS);
    int newline = text.indexOf('\n', start);
    if (newline >= 0 && newline < end && !text.substring(start, newline).isBlank()) {
      end = newline;
    }
    return trimSentenceEnd(withoutMarkup(text.substring(start, end)));
  }

  /** Whether a statement opens as a number does ({@code 72}, {@code -3}, {@code \$5}, {@code \frac}). */
  private static boolean startsLikeAValue(String statement) {
    char c = statement.charAt(0);
    return Character.isDigit(c) || "-+.$\\".indexOf(c) >= 0;
  }

  /** Drops a leading colon and markdown emphasis ({@code **Answer:** 16}) around a statement. */
  private static String withoutMarkup(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == ':'
        || s.charAt(from) == '*' || s.charAt(from) == '_')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == '*')) {
      to--;
    }
    String inner = s.substring(from, to);
    return inner.length() > 1 && inner.startsWith("$") && inner.endsWith("$") && !inner.endsWith("\\$")
        && mathDollars(inner) == 2
        ? inner.substring(1, inner.length() - 1).strip()
        : inner;
  }

  private static String trimSentenceEnd(String s) {
    int cut = s.length();
    for (int i = 0; i + 1 < s.length(); i++) {
      if (s.charAt(i) == '.' && Character.isWhitespace(s.charAt(i + 1))
          && !(i > 0 && Character.isDigit(s.charAt(i - 1)) && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)))) {
        cut = i;
        break;
      }
    }
    String out = s.substring(0, cut).strip();
    // Bold closes before the full stop: "the answer is **12**."
    while (out.endsWith(".") || out.endsWith("*") || out.endsWith("$") && !out.endsWith("\\$") && mathDollars(out) % 2 == 1) {
      out = out.substring(0, out.length() - 1).strip();
    }
    return out;
  }

  /** Dollar signs that delimit math, not the escaped {@code \$} of a price. */
  private static int mathDollars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '$' && (i == 0 || s.charAt(i - 1) != '\\')) {
        n++;
      }
    }
    return n;
  }

  private static int lastIndexIgnoreCase(String text, String phrase) {
    for (int i = text.length() - phrase.length(); i >= 0; i--) {
      if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
        return i;
      }
    }
    return -1;
  }
}
