package dev.rlvr.example;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles gold answers as regular expressions, once each: a data set repeats the same gold for
 * every sample of a prompt. A gold that does not compile, or is too long to trust, is remembered
 * as invalid with the reason, so that grading never throws.
 *
 * <p>Thread-safe. The cache is bounded: when it is full it is emptied and refilled, which costs
 * only recompilation.
 */
final class GoldPatterns {
  /** Longer golds are refused: a regex that long in a data set is far more likely a bug. */
  static final int MAX_PATTERN_LENGTH = 1000;
  private static final int MAX_CACHED = 4096;

  private final int flags;
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  /**
   * Creates an empty cache.
   *
   * @param caseSensitive {@code false} to compile with Unicode case-insensitive matching
   */
  GoldPatterns(boolean caseSensitive) {
    this.flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  }

  /**
   * Compiles a gold answer, or finds it compiled.
   *
   * @param gold the regular expression
   * @return the pattern, or why there is none
   */
  Compiled compile(String gold) {
    if (gold.length() > MAX_PATTERN_LENGTH) {
      return new Invalid("the regex is " + gold.length() + " chars long; the limit is " + MAX_PATTERN_LENGTH);
    }
    Compiled known = cache.get(gold);
    if (known != null) {
      return known;
    }
    Compiled fresh = compileNow(gold);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.putIfAbsent(gold, fresh);
    return fresh;
  }

  private Compiled compileNow(String gold) {
    try {
      return new Valid(Pattern.compile(gold, flags));
    } catch (PatternSyntaxException e) {
      return new Invalid(e.getDescription() + " near index " + e.getIndex());
    }
  }

  /** A gold answer after compilation. */
  sealed interface Compiled permits Valid, Invalid {}

  /**
   * A gold answer that compiled.
   *
   * @param pattern the compiled regex
   */
  record Valid(Pattern pattern) implements Compiled {}

  /**
   * A gold answer that is not a usable regex.
   *
   * @param problem why, for people
   */
  record Invalid(String problem) implements Compiled {}
}
