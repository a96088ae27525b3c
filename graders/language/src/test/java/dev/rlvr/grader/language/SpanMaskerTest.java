package dev.rlvr.grader.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanMaskerTest {
  private static final SpanMasker ALL = new SpanMasker(EnumSet.allOf(Ignorable.class));

  /** The words left after masking, spaces collapsed. */
  private static String left(String text) {
    Masked masked = ALL.mask(text);
    assertThat(masked.text()).hasSameSizeAs(text);
    return masked.text().strip().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "so $x^2 + y$ holds | so holds",
      "so $$\\sum_i i$$ holds | so holds",
      "so \\[ a = b \\] holds | so holds",
      "so \\( a = b \\) holds | so holds",
      "so \\begin{align} a &= b \\end{align} holds | so holds",
      "so \\boxed{12} holds | so {12} holds",
      "so \\text{word} holds | so {word} holds",
      "costs $5 and $10 now | costs $5 and $10 now",
      "a lone $ sign | a lone $ sign",
      "escaped \\$x$ here | escaped \\$x$ here",
      "unclosed $$ display | unclosed $$ display",
      "so `x = 1` holds | so holds",
      "so ``a ` b`` holds | so holds",
      "a ` lone tick | a ` lone tick",
      "see https://example.org/a?b=1 now | see now",
      "see www.example.org now | see now",
      "<think>so</think> <\uFF5Cend\u2581of\u2581sentence\uFF5C> holds | so holds"})
  void blanksWhatBelongsToNoLanguage(String text, String expected) {
    assertThat(left(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'before\n```python\nprint(1)\n```\nafter' | before after",
      "'before\n~~~~\ncode\n~~~~\nafter' | before after",
      "'before\n```\ntruncated code' | before"})
  void blanksFencedBlocks(String text, String expected) {
    assertThat(left(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"latex | so $x$ | so", "code | so `x` | so", "urls | http://a.b | ''"})
  void aKindLeftOutIsKept(String kind, String text, String masked) {
    SpanMasker without = new SpanMasker(EnumSet.complementOf(EnumSet.of(Ignorable.valueOf(kind.toUpperCase()))));
    assertThat(without.mask(text).text()).isEqualTo(text);
    assertThat(ALL.mask(text).text().strip()).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} chars of {1}")
  @CsvSource({"200000, $", "200000, `", "100000, \\[", "100000, $$", "50000, \\begin{x}"})
  void pathologicalDelimitersStayLinear(int times, String piece) {
    String text = (piece + "a ").repeat(times / (piece.length() + 2));
    long started = System.nanoTime();
    ALL.mask(text);
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
  }
}
