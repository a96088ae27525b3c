package dev.rlvr.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderConfigTest {
  private final GraderConfig config = new GraderConfig("demo", Map.of(
      "flag", "yes", "ratio", "0.5", "count", 3, "mode", "STRICT", "items", "a, b,,c", "bad", "x"));

  @Test
  void typedGettersAcceptTextAndNativeValues() {
    assertThat(config.bool("flag", false)).isTrue();
    assertThat(config.number("ratio", 0)).isEqualTo(0.5);
    assertThat(config.integer("count", 0)).isEqualTo(3);
    assertThat(config.choice("mode", "lenient", List.of("strict", "lenient"))).isEqualTo("strict");
    assertThat(config.list("items", List.of())).containsExactly("a", "b", "c");
  }

  @Test
  void missingKeysGiveTheDefault() {
    assertThat(config.bool("absent", true)).isTrue();
    assertThat(config.string("absent", "d")).isEqualTo("d");
    assertThat(config.list("absent", List.of("z"))).containsExactly("z");
  }

  @Test
  void badValuesNameTheGraderAndOption() {
    assertThatThrownBy(() -> config.bool("bad", false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("'demo'").hasMessageContaining("'bad'");
    assertThatThrownBy(() -> config.number("bad", 0)).hasMessageContaining("finite number");
    assertThatThrownBy(() -> config.integer("ratio", 0)).hasMessageContaining("whole number");
    assertThatThrownBy(() -> config.choice("bad", "a", List.of("a", "b"))).hasMessageContaining("one of a, b");
  }
}
