package dev.rlvr.trainer.model;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} through DJL's tokenizers module, which bundles the Rust
 * library for linux-x86_64 and copies it to {@code DJL_CACHE_DIR}, so nothing is downloaded. DJL
 * exposes neither the vocabulary size nor a token-to-id lookup, so both come from reading the
 * same file: the model's vocabulary plus the added tokens.
 */
public final class HfTokenCodec implements TokenCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HuggingFaceTokenizer tokenizer;
  private final int vocabularySize;
  private final int endId;
  private final int padId;

  private HfTokenCodec(HuggingFaceTokenizer tokenizer, int vocabularySize, int endId, int padId) {
    this.tokenizer = tokenizer;
    this.vocabularySize = vocabularySize;
    this.endId = endId;
    this.padId = padId;
  }

  /**
   * Loads a tokenizer.
   *
   * @param path a {@code tokenizer.json}, or the folder holding one
   * @param eosToken the end token's text, e.g. {@code </s>}
   * @param padToken the padding token's text, or null (or blank) for the end token
   * @return the codec
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when a named token is not in the vocabulary
   */
  public static HfTokenCodec load(Path path, String eosToken, String padToken) {
    Path file = Files.isDirectory(path) ? path.resolve("tokenizer.json") : path;
    Map<String, Integer> vocabulary;
    try {
      vocabulary = vocabulary(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer " + file, e);
    }
    if (eosToken == null || eosToken.isBlank()) {
      throw new IllegalArgumentException("tokenizer " + file + " needs eos_token, the text of its end token");
    }
    int end = lookUp(vocabulary, eosToken, "eos_token", file);
    int pad = padToken == null || padToken.isBlank() ? end : lookUp(vocabulary, padToken, "pad_token", file);
    int size = vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    // The file's own padding and truncation would change prompt lengths; prompts are padded by PaddedBatch.
    Map<String, String> options = Map.of("addSpecialTokens", "false", "padding", "false", "truncation", "false");
    try {
      return new HfTokenCodec(HuggingFaceTokenizer.newInstance(file, options), size, end, pad);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load tokenizer " + file, e);
    }
  }

  private static int lookUp(Map<String, Integer> vocabulary, String token, String key, Path file) {
    Integer id = vocabulary.get(token);
    if (id == null) {
      throw new IllegalArgumentException(key + " \"" + token + "\" is not in the vocabulary of " + file
          + "; set " + key + " to one of its tokens");
    }
    return id;
  }

  /** Token text to id: the model's vocabulary (a map, or Unigram's [piece, score] list) and the added tokens. */
  private static Map<String, Integer> vocabulary(JsonNode root) {
    JsonNode vocab = root.path("model").path("vocab");
    if (!vocab.isObject() && !vocab.isArray()) {
      throw new IllegalArgumentException("tokenizer.json has no model.vocab");
    }
    Map<String, Integer> ids = new HashMap<>();
    if (vocab.isObject()) {
      for (Map.Entry<String, JsonNode> e : vocab.properties()) {
        ids.put(e.getKey(), e.getValue().asInt());
      }
    } else {
      for (int i = 0; i < vocab.size(); i++) {
        ids.put(vocab.get(i).get(0).asText(), i);
      }
    }
    for (JsonNode added : root.path("added_tokens")) {
      ids.put(added.path("content").asText(), added.path("id").asInt());
    }
    return ids;
  }

  @Override
  public int[] encode(String text) {
    long[] ids = tokenizer.encode(text, false, false).getIds();
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.toIntExact(ids[i]);
    }
    return out;
  }

  @Override
  public String decode(int[] ids, int from, int to) {
    // Cut at the end token and drop padding, then the tokenizer's decoder joins the rest with
    // special tokens skipped, as TRL decodes completions.
    long[] kept = new long[to - from];
    int n = 0;
    for (int i = from; i < to && ids[i] != endId; i++) {
      if (ids[i] != padId) {
        kept[n++] = ids[i];
      }
    }
    return tokenizer.decode(Arrays.copyOf(kept, n), true);
  }

  @Override
  public int vocabularySize() {
    return vocabularySize;
  }

  @Override
  public int padId() {
    return padId;
  }

  @Override
  public int endId() {
    return endId;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
