package dev.rlvr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipeParserTest {

  @Test
  void readsTheListFormWithDefaultsAndGates() {
    Recipe r = RecipeCatalog.parse("""
        name: r1-zero-like
        description: accuracy plus format
        timeout_ms: 2500
        components:
          - name: format
            grader: format
            options: {mode: strict}
          - name: accuracy
            grader: math
            weight: 2
            timeout_ms: 100
            gate: {component: format, min_score: 0.5}
        """);
    assertThat(r.componentNames()).containsExactly("format", "accuracy");
    Recipe.Component format = r.components().get(0);
    assertThat(format.weight()).isEqualTo(1.0);
    assertThat(format.timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(format.options()).containsEntry("mode", "strict");
    Recipe.Component accuracy = r.components().get(1);
    assertThat(accuracy.timeout()).isEqualTo(Duration.ofMillis(100));
    assertThat(accuracy.gate()).isEqualTo(new Recipe.Gate("format", 0.5));
  }

  @Test
  void readsJsonAndTheMapFormWhereTheGraderDefaultsToTheName() {
    Recipe r = RecipeCatalog.parse("{\"name\": \"j\", \"components\": {\"format\": {\"weight\": 0.1}}}");
    assertThat(r.components().get(0).grader()).isEqualTo("format");
    assertThat(r.components().get(0).weight()).isEqualTo(0.1);
    assertThat(RecipeParser.DEFAULT_TIMEOUT).isEqualTo(r.components().get(0).timeout());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "name: x\ncomponents: [{name: a, grader: g, wieght: 2}]",
    "name: x\ncomponents: []",
    "name: x",
    "components: [{name: a, grader: g}]",
    "name: x\ncomponents: [{name: a, grader: g}, {name: a, grader: h}]",
    "name: x\ncomponents: [{name: a, grader: g, gate: b}]",
    "name: x\ncomponents: [{name: a, grader: g, gate: a}]",
    "name: x\ncomponents: [{name: a, grader: g, gate: b}, {name: b, grader: g, gate: a}]",
    "name: x\ncomponents: [{name: a, grader: g, weight: lots}]",
    "name: x\ncomponents: [{name: a, grader: g, timeout_ms: 0}]",
    "name: x\ncomponents: [{name: a, grader: g, options: [1, 2]}]",
    "name: x\ncolour: blue\ncomponents: [{name: a, grader: g}]",
    "[1, 2, 3]",
    "name: [unclosed",
  })
  void rejectsBrokenRecipesWithAClearMessage(String text) {
    assertThatThrownBy(() -> RecipeCatalog.parse(text))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
  }

  @Test
  void resolvesFilesBeforeBuiltInNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "name: mine\ncomponents: [{name: accuracy, grader: scripted}]");
    RecipeCatalog catalog = RecipeCatalog.of(GraderRegistry.of(new ScriptedGraderProvider()));
    assertThat(catalog.resolve(file.toString()).name()).isEqualTo("mine");
    assertThatThrownBy(() -> catalog.resolve("nonexistent"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown recipe 'nonexistent'");
  }
}
