package dev.rlvr.grader.format;

import static dev.rlvr.grader.format.Grading.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.Recipe;
import dev.rlvr.engine.RecipeCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading, checking and declaring the format grader's options, and its shipped recipe. */
class FormatOptionsTest {
  private final GraderProvider provider = new FormatGraderProvider();

  @Nested
  class Defaults {

    @Test
    void matchTheDocumentedOnes() {
      FormatOptions options = FormatOptions.from(GraderConfig.empty("format"));

      assertThat(options.template()).isEqualTo(Template.AUTO);
      assertThat(options.mode()).isEqualTo(Mode.STRICT);
      assertThat(options.answerTags()).isEqualTo(AnswerTags.AUTO);
      assertThat(options.reject()).containsExactlyInAnyOrder(Violation.values());
      assertThat(options.minThinkChars()).isEqualTo(1);
      assertThat(options.minAnswerChars()).isEqualTo(1);
      assertThat(options.partialCredit()).isTrue();
      assertThat(options.endTokens().tokens())
          .containsExactly("<|im_end|>", "<|endoftext|>", "<｜end▁of▁sentence｜>", "</s>", "<|eot_id|>");
    }

    @Test
    void areDeclaredForRlvrGraders() {
      assertThat(provider.options()).extracting(GraderOption::name).containsExactly(
          "template", "mode", "answer_tags", "reject", "min_think_chars", "min_answer_chars",
          "partial_credit", "end_tokens");
      assertThat(provider.options()).allSatisfy(option -> {
        assertThat(option.description()).isNotBlank();
        assertThat(option.defaultValue()).isNotBlank();
      });
      assertThat(provider.options()).filteredOn(o -> o.name().equals("reject")).singleElement()
          .extracting(GraderOption::defaultValue)
          .isEqualTo("truncated,multiple_think,answer_in_think,multiple_answer,empty_think,"
              + "empty_answer,text_after_answer");
    }

    @Test
    void acceptEveryDeclaredDefaultWhenGivenExplicitly() {
      Object[] pairs = provider.options().stream()
          .flatMap(o -> Stream.of(o.name(), o.defaultValue()))
          .toArray();

      FormatOptions explicit = FormatOptions.from(config(pairs));

      assertThat(explicit).isEqualTo(FormatOptions.from(GraderConfig.empty("format")));
    }
  }

  @Nested
  class Parsing {

    @Test
    void readValuesInAnyCaseAndFromText() {
      FormatOptions options = FormatOptions.from(config(
          "template", "Prefilled", "mode", "LENIENT", "answer_tags", "required",
          "reject", "Truncated, empty_think", "min_think_chars", "20", "partial_credit", "no",
          "end_tokens", List.of("<eos>")));

      assertThat(options.template()).isEqualTo(Template.PREFILLED);
      assertThat(options.mode()).isEqualTo(Mode.LENIENT);
      assertThat(options.answerTags()).isEqualTo(AnswerTags.REQUIRED);
      assertThat(options.reject()).isEqualTo(Set.of(Violation.TRUNCATED, Violation.EMPTY_THINK));
      assertThat(options.minThinkChars()).isEqualTo(20);
      assertThat(options.partialCredit()).isFalse();
      assertThat(options.endTokens().tokens()).containsExactly("<eos>");
    }

    @Test
    void allowAnEmptyRejectList() {
      assertThat(FormatOptions.from(config("reject", List.of())).reject()).isEmpty();
    }
  }

  @Nested
  class InvalidValues {

    @ParameterizedTest
    @CsvSource({
        "template, chatml",
        "mode, loose",
        "answer_tags, sometimes",
        "reject, truncated;no_such_check",
        "min_think_chars, -1",
        "min_think_chars, many",
        "min_answer_chars, 1.5",
        "min_answer_chars, 99999999999",
        "partial_credit, maybe"})
    void failInCreateNamingTheOption(String option, String value) {
      Object parsed = value.contains(";") ? List.of(value.split(";")) : value;

      assertThatThrownBy(() -> provider.create(config(option, parsed)))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("'" + option + "'");
    }

    @Test
    void nameTheUnknownCheckAndTheKnownOnes() {
      assertThatThrownBy(() -> provider.create(config("reject", "multiple_thinks")))
          .hasMessageContaining("multiple_thinks")
          .hasMessageContaining("multiple_think,")
          .hasMessageContaining("text_after_answer");
    }

    @Test
    void rejectAnUnknownOption() {
      assertThatThrownBy(() -> provider.create(config("strict", true)))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("'strict'")
          .hasMessageContaining("mode");
    }
  }

  @Nested
  class ShippedRecipe {

    @Test
    void shipsTheFormatRecipeWithWorkingOptions() {
      GraderRegistry registry = GraderRegistry.of(provider);

      Recipe recipe = RecipeCatalog.of(registry).resolve("format");

      assertThat(recipe.components()).singleElement().satisfies(component -> {
        assertThat(component.name()).isEqualTo("format");
        assertThat(component.grader()).isEqualTo("format");
        assertThat(component.weight()).isEqualTo(1.0);
        assertThat(component.timeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(component.options()).isEqualTo(Map.of("template", "auto", "mode", "strict"));
        assertThat(registry.create(component.grader(), component.options())).isNotNull();
      });
    }
  }
}
