package dev.rlvr.grader.math.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which runs of letters are words and which are products of symbols. */
class LetterRunsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yes", "No", "no", "cm", "kg", "is", "none", "apples", "hours",
      "odd", "even", "Alice", "Bob", "DNE", "true", "meters", "cat", "two", "undefined"})
  void readsWords(String run) {
    assertThat(LetterRuns.isWord(run)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"x", "xy", "ab", "mn", "abc", "xyz", "abcd", "pqr", "mnp", "AB",
      "ABC", "bc", "rst"})
  void readsProductsOfSymbols(String run) {
    assertThat(LetterRuns.isWord(run)).isFalse();
  }
}
