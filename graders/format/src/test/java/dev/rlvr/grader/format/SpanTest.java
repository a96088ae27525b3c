package dev.rlvr.grader.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regions of text: what counts as visible, and how answers are cut for the details. */
class SpanTest {

  private static Span all(String text) {
    return new Span(text, 0, text.length());
  }

  @Nested
  class Visibility {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r", "\u00A0", "\u200B\u200C\u200D", "\uFEFF", "\u0000", "\u2003"})
    void treatsSpacesControlAndFormatCharactersAsBlank(String text) {
      assertThat(all(text).isBlank()).isTrue();
      assertThat(all(text).visibleChars()).isZero();
    }

    @Test
    void countsCodePointsNotChars() {
      assertThat(all("a 😀 中").visibleChars()).isEqualTo(3);
    }

    @Test
    void readsOnlyItsOwnRange() {
      Span middle = new Span("xx  yy", 2, 4);

      assertThat(middle.isBlank()).isTrue();
      assertThat(middle.until(3)).isEqualTo(new Span("xx  yy", 2, 3));
    }
  }

  @Nested
  class Snippets {

    @Test
    void trimInvisibleCharactersAtBothEnds() {
      assertThat(all("\u200B  the answer \n").snippet(200)).isEqualTo("the answer");
    }

    @Test
    void neverSplitASurrogatePair() {
      String text = "a" + "😀".repeat(3);

      assertThat(all(text).snippet(4)).isEqualTo("a😀");
    }

    @Test
    void copeWithASpanThatStartsInsideASurrogatePair() {
      String text = "😀 ";

      assertThat(new Span(text, 1, 3).snippet(10)).isEqualTo("\uDE00");
    }
  }

  @Test
  void rejectsBoundsOutsideTheText() {
    assertThatThrownBy(() -> new Span("abc", 2, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span("abc", 2, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
