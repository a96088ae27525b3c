package dev.rlvr.grader.format.shaping;

import static dev.rlvr.grader.format.shaping.Shaping.grade;
import static dev.rlvr.grader.format.shaping.Shaping.grader;
import static dev.rlvr.grader.format.shaping.Shaping.hellos;
import static dev.rlvr.grader.format.shaping.Shaping.withMetadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverlongGraderTest {
  private static final OverlongGraderProvider PROVIDER = new OverlongGraderProvider();

  private static Grader chars(int max, int buffer, Object... more) {
    Object[] options = new Object[6 + more.length];
    System.arraycopy(new Object[] {"max_length", max, "buffer", buffer, "unit", "chars"}, 0, options, 0, 6);
    System.arraycopy(more, 0, options, 6, more.length);
    return grader(PROVIDER, options);
  }

  @Nested
  class InChars {

    @ParameterizedTest(name = "{0} chars -> {1} {2}")
    @CsvSource({
      "0, 0.0, CORRECT", "6, 0.0, CORRECT", "7, -0.25, PARTIAL", "8, -0.5, PARTIAL",
      "9, -0.75, PARTIAL", "10, -1.0, INCORRECT", "11, -1.0, INCORRECT"})
    void followTheRampAroundBothThresholds(int length, double value, Verdict verdict) {
      Score score = grade(chars(10, 4), "x".repeat(length));

      assertThat(score.value()).isCloseTo(value, within(1e-12));
      assertThat(score.verdict()).isEqualTo(verdict);
      assertThat(score.details()).containsEntry("length", (long) length).containsEntry("unit", "chars")
          .containsEntry("expected_length", 6L).containsEntry("max_length", 10L).containsEntry("buffer", 4L);
    }

    @Test
    void countCodePointsNotUtf16Units() {
      Score score = grade(chars(10, 4), "\uD83D\uDE00".repeat(7));

      assertThat(score.details()).containsEntry("length", 7L);
      assertThat(score.value()).isEqualTo(-0.25);
    }
  }

  @Nested
  class InTokens {

    @Test
    void countCl100kTokensOfAKnownString() {
      Score score = grade(grader(PROVIDER, "max_length", 10, "buffer", 5), Shaping.TIKTOKEN_IS_GREAT);

      assertThat(score.details()).containsEntry("length", 6L).containsEntry("unit", "tokens")
          .containsEntry("encoding", "cl100k_base");
      assertThat(score.value()).isCloseTo(-0.2, within(1e-12));
    }

    @ParameterizedTest(name = "{0} tokens -> {1}")
    @CsvSource({"80, 0.0", "81, -0.05", "90, -0.5", "100, -1.0", "101, -1.0"})
    void followTheRampAroundBothThresholds(int tokens, double value) {
      Score score = grade(grader(PROVIDER, "max_length", 100, "buffer", 20), hellos(tokens));

      assertThat(score.details()).containsEntry("length", (long) tokens);
      assertThat(score.value()).isCloseTo(value, within(1e-12));
    }

    @Test
    void differFromCharsByTheEncodingsCompression() {
      String text = hellos(50);

      long tokens = (long) grade(grader(PROVIDER), text).details().get("length");
      long chars = (long) grade(grader(PROVIDER, "unit", "chars"), text).details().get("length");

      assertThat(tokens).isEqualTo(50);
      assertThat(chars).isEqualTo(text.length());
    }

    @Test
    void readSpecialTokenTextAsOrdinaryText() {
      Score score = grade(grader(PROVIDER), "done<|endoftext|><|im_end|>");

      assertThat((long) score.details().get("length")).isGreaterThan(3);
    }

    @Test
    void countLoneSurrogatesAsReplacementCharacters() {
      String broken = "ok \uD800 fine \uDFFF";

      assertThat(LengthMeter.wellFormed(broken)).isEqualTo("ok \uFFFD fine \uFFFD");
      assertThat(LengthMeter.wellFormed("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
      assertThat(grade(grader(PROVIDER), broken).details().get("length"))
          .isEqualTo(grade(grader(PROVIDER), "ok \uFFFD fine \uFFFD").details().get("length"));
    }

    @Test
    void useTheNamedEncoding() {
      Score o200k = grade(grader(PROVIDER, "encoding", "o200k_base"), Shaping.TIKTOKEN_IS_GREAT);

      assertThat(o200k.details()).containsEntry("encoding", "o200k_base");
      assertThat((long) o200k.details().get("length")).isPositive();
    }
  }

  @Nested
  class Scopes {

    @Test
    void measureOnlyTheChainOfThoughtWhenAsked() {
      String completion = "<think>" + "x".repeat(8) + "</think><answer>42</answer>";

      assertThat(grade(chars(10, 4, "scope", "think"), completion).details()).containsEntry("length", 8L);
      assertThat(grade(chars(10, 4, "scope", "answer"), completion).details()).containsEntry("length", 2L);
      assertThat(grade(chars(10, 4), completion).details()).containsEntry("length", (long) completion.length());
    }

    @Test
    void countASeparateReasoningFieldAsPartOfTheCompletion() {
      Rollout rollout = new Rollout("", "", List.of(), "42", "x".repeat(8), Map.of());

      assertThat(grade(chars(10, 4), rollout).details()).containsEntry("length", 10L);
      assertThat(grade(chars(10, 4, "scope", "think"), rollout).details()).containsEntry("length", 8L);
    }
  }

  @Nested
  class MetadataLength {

    @Test
    void usesTheTrainersOwnTokenCountWhenPresent() {
      Grader grader = grader(PROVIDER, "max_length", 100, "buffer", 20, "length_metadata_key", "response_length");

      Score score = grade(grader, withMetadata("short", Map.of("response_length", 95)));

      assertThat(score.value()).isCloseTo(-0.75, within(1e-12));
      assertThat(score.details()).containsEntry("unit", "model_tokens")
          .containsEntry("length_source", "metadata:response_length");
    }

    @Test
    void countsWhenTheMetadataIsMissingOrNotAWholeNumber() {
      Grader grader = grader(PROVIDER, "max_length", 100, "buffer", 20, "length_metadata_key", "response_length");

      for (Object bad : List.of("many", -3, 2.5)) {
        Score score = grade(grader, withMetadata(hellos(90), Map.of("response_length", bad)));
        assertThat(score.details()).as("%s", bad).containsEntry("length", 90L).containsEntry("length_source", "counted");
      }
      assertThat(grade(grader, hellos(90)).value()).isEqualTo(-0.5);
    }
  }

  @Nested
  class Preconditions {

    @Test
    void rejectABufferLongerThanTheLimit() {
      assertThatThrownBy(() -> chars(10, 20)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("'buffer' (20) must not exceed 'max_length' (10)");
    }

    @Test
    void rejectNonPositiveLengths() {
      assertThatThrownBy(() -> chars(0, 0)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("max_length").hasMessageContaining("from 1");
      assertThatThrownBy(() -> chars(10, 0)).isInstanceOf(ConfigException.class).hasMessageContaining("buffer");
    }

    @Test
    void rejectUnknownOptionsUnitsAndEncodings() {
      assertThatThrownBy(() -> grader(PROVIDER, "max_len", 10)).isInstanceOf(ConfigException.class)
          .hasMessageContaining("no option 'max_len'").hasMessageContaining("max_length");
      assertThatThrownBy(() -> grader(PROVIDER, "unit", "bytes")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("tokens, chars");
      assertThatThrownBy(() -> grader(PROVIDER, "encoding", "qwen2")).isInstanceOf(ConfigException.class)
          .hasMessageContaining("cl100k_base");
    }

    @Test
    void rejectAMetadataLengthForAPartOfTheCompletion() {
      assertThatThrownBy(() -> grader(PROVIDER, "scope", "think", "length_metadata_key", "n"))
          .isInstanceOf(ConfigException.class).hasMessageContaining("scope completion");
    }
  }
}
