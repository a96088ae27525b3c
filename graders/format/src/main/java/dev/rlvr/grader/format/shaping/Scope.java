package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.Rollout;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which part of a rollout a length is measured on. Tags are found with plain {@code indexOf}
 * (linear, exact lower-case tags); the {@code format} grader is the one that judges the layout.
 */
enum Scope {
  /** Everything the model generated: a chain of thought sent apart, then the completion. */
  COMPLETION,
  /** The chain of thought: sent apart, else between {@code <think>} and the last {@code </think>}. */
  THINK,
  /** The answer: after the last {@code </think>}, inside the last {@code <answer>} block if any. */
  ANSWER;

  private static final String THINK_OPEN = "<think>";
  private static final String THINK_CLOSE = "</think>";
  private static final String ANSWER_OPEN = "<answer>";
  private static final String ANSWER_CLOSE = "</answer>";

  /** The name recipes use. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every label, for the option's choices. */
  static List<String> labels() {
    return Arrays.stream(values()).map(Scope::label).toList();
  }

  /**
   * The text this scope measures.
   *
   * @param rollout the rollout
   * @return the text; empty when the rollout has no such part
   */
  String select(Rollout rollout) {
    return switch (this) {
      case COMPLETION -> rollout.reasoning() + rollout.completion();
      case THINK -> rollout.hasSeparateReasoning() ? rollout.reasoning() : think(rollout.completion());
      case ANSWER -> answer(rollout.hasSeparateReasoning()
          ? rollout.completion() : afterThink(rollout.completion()));
    };
  }

  /** Between the first {@code <think>} and the last {@code </think>}; all of it when truncated. */
  private static String think(String text) {
    int close = text.lastIndexOf(THINK_CLOSE);
    int open = text.indexOf(THINK_OPEN);
    if (close < 0) {
      // no closing tag: a truncated chain of thought runs to the end, no tag means no thought
      return open < 0 ? "" : text.substring(open + THINK_OPEN.length());
    }
    // a prefilled template leaves the opening tag in the prompt: the thought starts at 0
    int start = open >= 0 && open < close ? open + THINK_OPEN.length() : 0;
    return text.substring(start, close);
  }

  /** After the last {@code </think>}; nothing when a think block never closed. */
  private static String afterThink(String text) {
    int close = text.lastIndexOf(THINK_CLOSE);
    if (close >= 0) {
      return text.substring(close + THINK_CLOSE.length());
    }
    return text.contains(THINK_OPEN) ? "" : text;
  }

  /** Inside the last {@code <answer>...</answer>} block, else the text as it is. */
  private static String answer(String text) {
    int open = text.lastIndexOf(ANSWER_OPEN);
    if (open < 0) {
      return text;
    }
    int start = open + ANSWER_OPEN.length();
    int close = text.indexOf(ANSWER_CLOSE, start);
    return close < 0 ? text.substring(start) : text.substring(start, close);
  }
}
