package dev.rlvr.example;

import dev.rlvr.api.BoxedAnswers;
import java.util.List;

/**
 * Finds the final answer of a completion: the content of the last complete
 * {@code <answer>...</answer>} block; else the text after the last {@code </think>}; else the
 * whole completion. Tags are matched in lower case only, as the R1 template writes them.
 *
 * <p>When that text boxes its answer ({@code The answer is \boxed{72}.}), the box's content is
 * the answer. Several boxes with the same content count as one; boxes with different contents
 * are left as they are, so that hedging between two answers earns nothing.
 *
 * <p>Linear in the completion's length, so a 1 MB completion costs nothing worth timing.
 * Stateless.
 */
final class AnswerExtractor {
  static final String ANSWER_OPEN = "<answer>";
  static final String ANSWER_CLOSE = "</answer>";
  static final String THINK_CLOSE = "</think>";

  private AnswerExtractor() {}

  /**
   * Extracts the answer.
   *
   * @param completion the text the model wrote; never null
   * @return the answer, trimmed, and where it came from
   */
  static ExtractedAnswer extract(String completion) {
    ExtractedAnswer located = locate(completion);
    List<String> boxes = BoxedAnswers.all(located.text()).stream().map(String::strip).distinct().toList();
    return boxes.size() == 1 ? new ExtractedAnswer(boxes.get(0), located.source(), true) : located;
  }

  private static ExtractedAnswer locate(String completion) {
    int close = completion.lastIndexOf(ANSWER_CLOSE);
    if (close >= 0) {
      int open = completion.lastIndexOf(ANSWER_OPEN, close - ANSWER_OPEN.length());
      if (open >= 0) {
        return new ExtractedAnswer(
            completion.substring(open + ANSWER_OPEN.length(), close).strip(), "answer_tag", false);
      }
    }
    int think = completion.lastIndexOf(THINK_CLOSE);
    if (think >= 0) {
      return new ExtractedAnswer(
          completion.substring(think + THINK_CLOSE.length()).strip(), "after_think", false);
    }
    return new ExtractedAnswer(completion.strip(), "completion", false);
  }
}
