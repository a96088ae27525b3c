package dev.rlvr.grader.language;

import dev.rlvr.api.Rollout;

/**
 * Picks the text of a rollout that a scope names.
 *
 * <p>The chain of thought is the separate {@code reasoning_content} when the API gave one, else
 * the think block of the completion: from after the first {@code <think>} (or from the start,
 * for templates that prefill it) to the last {@code </think>}, or to the end when the block
 * was never closed. A completion with no think tag at all is measured whole, and the details
 * say so: a missing tag is the format grader's business, not a reason to skip the language.
 */
final class TextSelector {
  private static final String OPEN = "<think>";
  private static final String CLOSE = "</think>";

  private final Scope scope;

  TextSelector(Scope scope) {
    this.scope = scope;
  }

  Selection select(Rollout rollout) {
    return switch (scope) {
      case THINK -> thought(rollout);
      case ANSWER -> answer(rollout);
      case COMPLETION -> rollout.hasSeparateReasoning()
          ? new Selection(rollout.reasoning() + "\n\n" + rollout.completion(), "reasoning_content+completion")
          : new Selection(rollout.completion(), "completion");
    };
  }

  private static Selection thought(Rollout rollout) {
    if (rollout.hasSeparateReasoning()) {
      return new Selection(rollout.reasoning(), "reasoning_content");
    }
    String text = rollout.completion();
    int open = indexOf(text, OPEN, 0);
    int close = lastIndexOf(text, CLOSE);
    if (close >= 0) {
      boolean opened = open >= 0 && open < close;
      return new Selection(text.substring(opened ? open + OPEN.length() : 0, close),
          opened ? "think_block" : "think_block (prefilled)");
    }
    if (open >= 0) {
      return new Selection(text.substring(open + OPEN.length()), "think_block (unclosed)");
    }
    return new Selection(text, "completion (no think block)");
  }

  private static Selection answer(Rollout rollout) {
    String text = rollout.completion();
    int close = lastIndexOf(text, CLOSE);
    if (close >= 0) {
      return new Selection(text.substring(close + CLOSE.length()), "after_think");
    }
    if (rollout.hasSeparateReasoning()) {
      return new Selection(text, "completion");
    }
    if (indexOf(text, OPEN, 0) >= 0) {
      return new Selection("", "none (think block never closed)");
    }
    return new Selection(text, "completion (no think block)");
  }

  /** Case-insensitive search that keeps the original indices (lower-casing may change lengths). */
  static int indexOf(String text, String tag, int from) {
    for (int i = Math.max(0, from); i + tag.length() <= text.length(); i++) {
      if (text.charAt(i) == '<' && text.regionMatches(true, i, tag, 0, tag.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(String text, String tag) {
    for (int i = text.length() - tag.length(); i >= 0; i--) {
      if (text.charAt(i) == '<' && text.regionMatches(true, i, tag, 0, tag.length())) {
        return i;
      }
    }
    return -1;
  }
}
