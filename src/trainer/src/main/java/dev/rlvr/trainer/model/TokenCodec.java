package dev.rlvr.trainer.model;

import java.nio.file.Path;

/**
 * Text to token ids and back, as the trainer needs it: the ids of a prompt, the text of a
 * completion up to its end token, and the ids the model's embedding must cover. Named apart from
 * DJL's {@code Tokenizer}, which splits text into strings.
 */
public interface TokenCodec extends AutoCloseable {
  /** The {@code tokenizer} config value that selects {@link CharTokenizer}. */
  String CHAR = "char";

  /**
   * Encodes text without adding special tokens (the prompt template already holds the text).
   *
   * @param text the text
   * @return the token ids
   */
  int[] encode(String text);

  /**
   * Decodes ids, stopping at the end token and skipping padding.
   *
   * @param ids token ids
   * @param from the first index to decode
   * @param to one past the last
   * @return the text
   */
  String decode(int[] ids, int from, int to);

  /**
   * The vocabulary size: every id is below it.
   *
   * @return the number of token ids
   */
  int vocabularySize();

  /**
   * The padding token.
   *
   * @return its id
   */
  int padId();

  /**
   * The token that ends a completion.
   *
   * @return its id
   */
  int endId();

  /** Releases native memory; the character tokenizer holds none. */
  @Override
  default void close() {}

  /**
   * Opens the tokenizer a config names.
   *
   * @param tokenizer {@value #CHAR}, or a Hugging Face {@code tokenizer.json} (or the folder holding one)
   * @param eosToken the end token's text, for a Hugging Face tokenizer
   * @param padToken the padding token's text, or null for the end token
   * @return the codec
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when a named token is not in the vocabulary
   */
  static TokenCodec open(String tokenizer, String eosToken, String padToken) {
    if (tokenizer == null || tokenizer.isBlank() || CHAR.equals(tokenizer)) {
      return new CharTokenizer();
    }
    return HfTokenCodec.load(Path.of(tokenizer), eosToken, padToken);
  }
}
