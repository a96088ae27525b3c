package dev.rlvr.grader.format.shaping;

import com.knuddels.jtokkit.api.Encoding;
import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import java.util.List;
import java.util.Locale;

/** The options that say how the {@code overlong} and {@code cosine} graders measure length. */
final class LengthOptions {
  static final String UNIT = "unit";
  static final String ENCODING = "encoding";
  static final String SCOPE = "scope";
  static final String METADATA_KEY = "length_metadata_key";

  private LengthOptions() {}

  /**
   * The options, as {@code rlvr graders} lists them.
   *
   * @param defaultUnit the grader's default unit
   * @return the options
   */
  static List<GraderOption> declared(LengthUnit defaultUnit) {
    return List.of(
        GraderOption.choice(UNIT, defaultUnit.label(), LengthUnit.labels(),
            "tokens: tiktoken tokens of 'encoding' (not the policy's own tokenizer); "
                + "chars: Unicode code points"),
        GraderOption.choice(ENCODING, TokenEncodings.DEFAULT, TokenEncodings.NAMES,
            "the tiktoken encoding that counts tokens"),
        GraderOption.choice(SCOPE, Scope.COMPLETION.label(), Scope.labels(),
            "completion: all generated text (a separate reasoning field included); think: the chain of "
                + "thought; answer: after the last </think>, inside <answer> when present"),
        GraderOption.string(METADATA_KEY, "",
            "a rollout metadata key holding the policy's own token count (e.g. response_length); "
                + "used instead of counting when present (scope completion only)"));
  }

  /**
   * Reads the options into a meter.
   *
   * @param config the recipe's options
   * @param grader the grader's name, for messages
   * @param defaultUnit the grader's default unit
   * @return the meter
   * @throws ConfigException when a value is not accepted
   */
  static LengthMeter meter(GraderConfig config, String grader, LengthUnit defaultUnit) {
    LengthUnit unit = LengthUnit.valueOf(
        upper(config.choice(UNIT, defaultUnit.label(), LengthUnit.labels())));
    Scope scope = Scope.valueOf(upper(config.choice(SCOPE, Scope.COMPLETION.label(), Scope.labels())));
    String encodingName = config.choice(ENCODING, TokenEncodings.DEFAULT, TokenEncodings.NAMES);
    Encoding encoding = unit == LengthUnit.TOKENS ? TokenEncodings.named(grader, encodingName) : null;
    String metadataKey = config.string(METADATA_KEY, "").trim();
    if (!metadataKey.isEmpty() && scope != Scope.COMPLETION) {
      throw new ConfigException("grader '" + grader + "': option '" + METADATA_KEY
          + "' counts the whole generation, so it needs scope completion, not " + scope.label());
    }
    return new LengthMeter(scope, unit, encodingName, encoding, metadataKey);
  }

  private static String upper(String label) {
    return label.toUpperCase(Locale.ROOT);
  }
}
