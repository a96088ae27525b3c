package dev.rlvr.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugging Face codec on a hand-written WordLevel {@code tokenizer.json} (digits, a few words
 * and symbols, {@code <pad>}, {@code </s>}, {@code <unk>}), loaded by DJL's native library with
 * {@code ai.djl.offline=true}, as surefire sets it.
 */
class HfTokenCodecTest {
  static Path file() throws Exception {
    return Path.of(HfTokenCodecTest.class.getResource("/tokenizer/tokenizer.json").toURI());
  }

  @Test
  void encodesWithoutSpecialTokensAndRoundTrips() throws Exception {
    try (TokenCodec t = TokenCodec.open(file().toString(), "</s>", "<pad>")) {
      // Whitespace then single digits: "37" is two tokens.
      assertThat(t.encode("What is 37 + 8 ?")).containsExactly(20, 21, 6, 10, 13, 11, 15);
      int[] ids = t.encode("User : What is 3 + 4 ? Assistant : < think >");
      assertThat(t.decode(ids, 0, ids.length)).isEqualTo("User : What is 3 + 4 ? Assistant : < think >");
      assertThat(t.decode(ids, 2, 4)).isEqualTo("What is");
    }
  }

  @Test
  void looksUpTheEndAndPadTokensAndSizesTheVocabulary() throws Exception {
    try (TokenCodec t = TokenCodec.open(file().toString(), "</s>", "<pad>")) {
      assertThat(t.endId()).isEqualTo(1);
      assertThat(t.padId()).isZero();
      assertThat(t.vocabularySize()).isEqualTo(26);
      assertThat(t.encode("</s>")).containsExactly(1);
    }
    try (TokenCodec t = TokenCodec.open(file().getParent().toString(), "</s>", null)) {
      assertThat(t.padId()).as("no pad_token: the end token pads").isEqualTo(t.endId());
    }
  }

  @Test
  void decodeStopsAtTheEndTokenAndSkipsPadding() throws Exception {
    try (TokenCodec t = TokenCodec.open(file().toString(), "</s>", "<pad>")) {
      int[] ids = t.encode("4 5 </s> 6");
      assertThat(ids).containsExactly(7, 8, 1, 9);
      assertThat(t.decode(ids, 0, ids.length)).isEqualTo("4 5");
      assertThat(t.decode(new int[] {7, 0, 8, 0}, 0, 4)).isEqualTo("4 5");
    }
  }

  @Test
  void longTextIsNotTruncated() throws Exception {
    try (TokenCodec t = TokenCodec.open(file().toString(), "</s>", null)) {
      assertThat(t.encode("1 ".repeat(2_000))).hasSize(2_000);
    }
  }

  @Test
  void aMissingEndTokenFailsWithTheKeyToSet() throws Exception {
    Path f = file();
    assertThatThrownBy(() -> TokenCodec.open(f.toString(), "<|endoftext|>", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eos_token \"<|endoftext|>\" is not in the vocabulary of " + f);
    assertThatThrownBy(() -> TokenCodec.open(f.toString(), "</s>", "[PAD]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pad_token \"[PAD]\"");
    assertThatThrownBy(() -> TokenCodec.open(f.toString(), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs eos_token");
  }

  @Test
  void aMissingFileFailsWithItsPath(@TempDir Path dir) {
    assertThatThrownBy(() -> TokenCodec.open(dir.resolve("nope.json").toString(), "</s>", null))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.json");
  }

  @Test
  void charSelectsTheCharacterTokenizer() {
    assertThat(TokenCodec.open("char", null, null)).isInstanceOf(CharTokenizer.class);
    assertThat(TokenCodec.open(null, null, null).vocabularySize()).isEqualTo(97);
  }
}
