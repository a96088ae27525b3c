package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExactMatchGraderProviderTest {
  private final ExactMatchGraderProvider provider = new ExactMatchGraderProvider();

  private static GraderConfig config(String key, Object value) {
    return new GraderConfig("exact-match", Map.of(key, value));
  }

  @Nested
  class Description {

    @Test
    void isNamedExactMatch() {
      assertThat(provider.name()).isEqualTo("exact-match");
      assertThat(provider.description()).contains("<answer>").contains("gold");
    }

    @Test
    void declaresEveryOptionItReads() {
      assertThat(provider.options()).extracting(GraderOption::name)
          .containsExactly("mode", "case_sensitive", "similarity_threshold");
    }

    @Test
    void declaresTheModesAndDefaults() {
      GraderOption mode = provider.options().get(0);

      assertThat(mode.type()).isEqualTo("choice");
      assertThat(mode.choices()).containsExactly("normalized", "exact", "regex");
      assertThat(mode.defaultValue()).isEqualTo("normalized");
      assertThat(provider.options()).extracting(GraderOption::defaultValue)
          .containsExactly("normalized", "false", "1.0");
    }
  }

  @Nested
  class Configuration {

    @Test
    void usesTheDefaultsWithoutOptions() {
      assertThat(MatchSettings.from(GraderConfig.empty("exact-match"))).isEqualTo(MatchSettings.DEFAULTS);
    }

    @Test
    void readsOptionsGivenAsText() {
      MatchSettings settings = MatchSettings.from(new GraderConfig("exact-match",
          Map.of("mode", "REGEX", "case_sensitive", "yes", "similarity_threshold", "0.85")));

      assertThat(settings).isEqualTo(new MatchSettings(MatchMode.REGEX, true, 0.85));
      assertThat(settings.givesPartialCredit()).isTrue();
    }

    @Test
    void makesExactModeCaseSensitiveUnlessSet() {
      assertThat(MatchSettings.from(config("mode", "exact")).caseSensitive()).isTrue();
      assertThat(MatchSettings.from(new GraderConfig("exact-match",
          Map.of("mode", "exact", "case_sensitive", false))).caseSensitive()).isFalse();
    }

    @Test
    void rejectsAnUnknownMode() {
      assertThatThrownBy(() -> provider.create(config("mode", "fuzzy")))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("mode").hasMessageContaining("normalized, exact, regex");
    }

    @Test
    void rejectsACaseSensitivityThatIsNotABoolean() {
      assertThatThrownBy(() -> provider.create(config("case_sensitive", "maybe")))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("case_sensitive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "1.5", "high", "NaN"})
    void rejectsAThresholdOutsideZeroToOne(String threshold) {
      assertThatThrownBy(() -> provider.create(config("similarity_threshold", threshold)))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("similarity_threshold");
    }
  }

  @Nested
  class Packaging {

    @Test
    void shipsTheRecipeItLists() throws IOException {
      assertThat(provider.recipeResources()).containsExactly("META-INF/rlvr/recipes/exact-match.yaml");
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(provider.recipeResources().get(0))) {
        assertThat(in).isNotNull();
        String recipe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(recipe).contains("name: exact-match").contains("grader: exact-match");
      }
    }

    @Test
    void isRegisteredAsAService() throws IOException {
      String file = "META-INF/services/dev.rlvr.api.GraderProvider";
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
        assertThat(in).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
            .isEqualTo(ExactMatchGraderProvider.class.getName());
      }
    }
  }
}
