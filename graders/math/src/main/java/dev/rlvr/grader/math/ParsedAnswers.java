package dev.rlvr.grader.math;

import dev.rlvr.grader.math.parser.MathAnswerParser;
import dev.rlvr.grader.math.parser.ParseResult;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses answers, remembering gold answers: a GRPO group grades G completions against the same
 * gold, so each gold is parsed once. Bounded: the memory is dropped when it is full.
 */
final class ParsedAnswers {
  private static final int MAX_ENTRIES = 50_000;
  private static final int MAX_CACHED_LENGTH = 2_000;

  private final ConcurrentHashMap<String, ParseResult> golds = new ConcurrentHashMap<>();

  ParseResult gold(String text) {
    if (text.length() > MAX_CACHED_LENGTH) {
      return MathAnswerParser.parse(text);
    }
    ParseResult cached = golds.get(text);
    if (cached != null) {
      return cached;
    }
    if (golds.size() >= MAX_ENTRIES) {
      golds.clear();
    }
    ParseResult parsed = MathAnswerParser.parse(text);
    golds.put(text, parsed);
    return parsed;
  }

  ParseResult answer(String text) {
    return MathAnswerParser.parse(text);
  }
}
