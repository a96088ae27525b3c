package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.trainer.model.CharTokenizer;
import dev.rlvr.trainer.model.HfTokenCodec;
import dev.rlvr.trainer.model.TokenCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokenizer keys (the character tokenizer by default, a tokenizer.json when named) and the shipped configs. */
class GrpoConfigTest {

  @Test
  void theCharacterTokenizerIsTheDefault() throws Exception {
    GrpoConfig defaults = GrpoConfig.defaults();
    assertThat(defaults.tokenizer()).isEqualTo("char");
    assertThat(defaults.withRun(1, 0, "x").tokenizer()).isEqualTo("char");
    try (TokenCodec t = defaults.openTokenizer()) {
      assertThat(t).isInstanceOf(CharTokenizer.class);
    }
  }

  @Test
  void aTokenizerJsonIsReadFromYaml(@TempDir Path dir) throws Exception {
    Path json = Path.of(GrpoConfigTest.class.getResource("/tokenizer/tokenizer.json").toURI());
    Path yaml = dir.resolve("c.yaml");
    Files.writeString(yaml, "tokenizer: " + json + "\neos_token: \"</s>\"\npad_token: \"<pad>\"\n");

    GrpoConfig config = GrpoConfig.read(yaml).withRun(2, 0, dir.toString());

    assertThat(config.tokenizer()).isEqualTo(json.toString());
    try (TokenCodec t = config.openTokenizer()) {
      assertThat(t).isInstanceOf(HfTokenCodec.class);
      assertThat(t.endId()).isEqualTo(1);
      assertThat(t.padId()).isZero();
    }
  }

  // The shipped configs are what users run first: each must read, and its recipe must resolve
  // from the repository root with the graders on the class path.
  @ParameterizedTest
  @ValueSource(strings = {"demo.yaml", "dapo.yaml", "gpu-step.yaml"})
  void everyShippedConfigReadsAndItsRecipeResolves(String name) throws Exception {
    Path root = Path.of("../..").toAbsolutePath().normalize();
    GrpoConfig config = GrpoConfig.read(root.resolve("src/trainer/config").resolve(name));
    String recipe = config.recipe().endsWith(".yaml") ? root.resolve(config.recipe()).toString() : config.recipe();

    try (RewardScorer scorer = RewardScorer.open(recipe, config.rewardWeights(), 1)) {
      assertThat(scorer.recipe().componentNames()).contains("accuracy", "format");
    }
    assertThat(root.resolve(config.trainFile())).isRegularFile();
    assertThat(config.modelDim() % config.modelHeads()).isZero();
  }
}
