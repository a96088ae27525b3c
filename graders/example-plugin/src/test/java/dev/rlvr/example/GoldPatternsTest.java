package dev.rlvr.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldPatternsTest {
  private final GoldPatterns patterns = new GoldPatterns(false);

  @Test
  void compilesEachGoldOnce() {
    GoldPatterns.Compiled first = patterns.compile("\\d+");

    assertThat(first).isInstanceOf(GoldPatterns.Valid.class);
    assertThat(patterns.compile("\\d+")).isSameAs(first);
  }

  @Test
  void remembersWhyAGoldDoesNotCompile() {
    GoldPatterns.Compiled bad = patterns.compile("[a-");

    assertThat(bad).isInstanceOfSatisfying(GoldPatterns.Invalid.class,
        invalid -> assertThat(invalid.problem()).contains("near index"));
    assertThat(patterns.compile("[a-")).isSameAs(bad);
  }

  @Test
  void refusesGoldsOverTheLengthLimit() {
    String longest = "x".repeat(GoldPatterns.MAX_PATTERN_LENGTH);

    assertThat(patterns.compile(longest)).isInstanceOf(GoldPatterns.Valid.class);
    assertThat(patterns.compile(longest + "x")).isInstanceOf(GoldPatterns.Invalid.class);
  }

  @Test
  void compilesCaseInsensitivelyUnlessCaseSensitive() {
    GoldPatterns.Valid caseless = (GoldPatterns.Valid) patterns.compile("straße");
    GoldPatterns.Valid exact = (GoldPatterns.Valid) new GoldPatterns(true).compile("straße");

    assertThat(caseless.pattern().matcher("STRAßE").matches()).isTrue();
    assertThat(exact.pattern().matcher("STRAßE").matches()).isFalse();
  }
}
