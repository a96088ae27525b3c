package dev.rlvr.grader.language;

import java.util.Locale;

/**
 * Kinds of text that count for no language: they are neither target-language words nor words of
 * another language. Each can be switched off with the {@code ignore} option, and is then counted
 * as words of whatever script it is written in.
 */
enum Ignorable {
  /** {@code $...$}, {@code $$...$$}, {@code \(...\)}, {@code \[...\]}, environments, commands. */
  LATEX,
  /** Fenced code blocks and inline code spans in backticks. */
  CODE,
  /** {@code http://}, {@code https://}, {@code ftp://} and {@code www.} addresses. */
  URLS,
  /** Words ICU classes as numbers: {@code 42}, {@code 3.14}, {@code 1,000}, {@code x2}. */
  NUMBERS,
  /** Tags such as {@code <think>} and chat-template tokens such as {@code <|im_end|>}. */
  MARKUP,
  /**
   * Math symbols written as words outside the target's scripts: one letter ({@code x},
   * {@code α}), short capitals ({@code ABC}), function and unit names ({@code sin}, {@code km}).
   */
  VARIABLES;

  /** The name used in options and details. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
