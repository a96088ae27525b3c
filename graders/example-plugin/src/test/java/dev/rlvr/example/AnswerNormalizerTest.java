package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerNormalizerTest {

  private static String normalize(String text) {
    return AnswerNormalizer.normalize(text, false);
  }

  @Nested
  class LikeSquad {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "The Eiffel Tower.      | eiffel tower",
        "  an   apple  a day    | apple day",
        "\"Hello,\" she said!   | hello she said",
        "rock-n-roll            | rocknroll",
        "1,000                  | 1000",
        "`  `                   | ``",
    })
    void removesCasePunctuationArticlesAndExtraSpace(String text, String expected) {
      assertThat(normalize(text)).isEqualTo(expected);
    }
  }

  @Nested
  class BeyondAscii {

    @Test
    void unescapesHtmlEntities() {
      assertThat(normalize("AT&amp;T")).isEqualTo("att");
      assertThat(normalize("caf&eacute;")).isEqualTo(normalize("café"));
    }

    @Test
    void appliesCompatibilityNormalisation() {
      assertThat(normalize("４２")).isEqualTo("42");
      assertThat(normalize("ﬁne")).isEqualTo("fine");
    }

    @Test
    void foldsCaseRatherThanOnlyLoweringIt() {
      assertThat(normalize("STRASSE")).isEqualTo(normalize("straße"));
    }

    @Test
    void removesUnicodePunctuationAndInvisibleCharacters() {
      assertThat(normalize("«Bonjour» — dit‑il…")).isEqualTo("bonjour ditil");
      assertThat(normalize("zero\u200Bwidth")).isEqualTo("zerowidth");
    }

    @Test
    void treatsUnicodeSpacesAsSpaces() {
      assertThat(normalize("new\u00A0york\u3000city")).isEqualTo("new york city");
    }
  }

  @Nested
  class Deliberately {

    @Test
    void keepsAnswersMadeOnlyOfArticles() {
      assertThat(normalize("(A)")).isEqualTo("a");
      assertThat(normalize("The")).isEqualTo("the");
      assertThat(normalize("A")).isNotEqualTo(normalize("The"));
    }

    @Test
    void keepsTheSignAndDecimalPointOfNumbers() {
      assertThat(normalize("-5")).isEqualTo("-5");
      assertThat(normalize("(-5)")).isEqualTo("-5");
      assertThat(normalize("7.2")).isNotEqualTo(normalize("72"));
      assertThat(normalize("It is 3.5.")).isEqualTo("it is 3.5");
    }

    @Test
    void leavesCaseAloneWhenCaseSensitive() {
      assertThat(AnswerNormalizer.normalize("The Beatles!", true)).isEqualTo("Beatles");
    }
  }
}
