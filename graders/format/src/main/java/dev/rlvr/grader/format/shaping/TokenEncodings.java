package dev.rlvr.grader.format.shaping;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import dev.rlvr.api.ConfigException;
import java.util.List;

/**
 * The tiktoken encodings a length can be counted in, loaded on first use: each costs a few
 * megabytes and a fraction of a second, so only the ones a recipe names are read.
 */
final class TokenEncodings {
  /** The encodings offered; p50k_edit is left out, it tokenizes like p50k_base. */
  static final List<String> NAMES = List.of("cl100k_base", "o200k_base", "p50k_base", "r50k_base");
  /** The default: GPT-3.5/4's encoding, the one most length budgets were quoted in. */
  static final String DEFAULT = "cl100k_base";

  private TokenEncodings() {}

  /**
   * The encoding of a name.
   *
   * @param grader the grader asking, for the message
   * @param name one of {@link #NAMES}
   * @return the encoding, immutable and thread-safe
   * @throws ConfigException when the name is not offered
   */
  static Encoding named(String grader, String name) {
    if (!NAMES.contains(name)) {
      throw new ConfigException("grader '" + grader + "': option 'encoding' must be one of "
          + String.join(", ", NAMES) + ", got '" + name + "'");
    }
    synchronized (Registry.class) {
      return Registry.LAZY.getEncoding(name).orElseThrow(() -> new ConfigException(
          "grader '" + grader + "': the tokenizer library has no encoding '" + name + "'"));
    }
  }

  /** Holds the registry, created on first use only. */
  private static final class Registry {
    static final EncodingRegistry LAZY = Encodings.newLazyEncodingRegistry();
  }
}
