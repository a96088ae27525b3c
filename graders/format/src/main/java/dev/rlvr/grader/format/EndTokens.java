package dev.rlvr.grader.format;

import java.util.List;

/**
 * The end-of-sequence tokens that a completion may carry after its last block
 * ({@code <|im_end|>}, {@code </s>}...), which are no text of the model's.
 *
 * @param tokens the tokens; empty ones are ignored
 */
record EndTokens(List<String> tokens) {

  /** The tokens rlvr strips by default: ChatML, GPT-2, DeepSeek, Llama 2 and Llama 3. */
  static final List<String> DEFAULT =
      List.of("<|im_end|>", "<|endoftext|>", "<\uFF5Cend\u2581of\u2581sentence\uFF5C>", "</s>", "<|eot_id|>");

  /** Copies the tokens, leaving out empty ones. */
  EndTokens {
    tokens = tokens.stream().filter(t -> !t.isEmpty()).toList();
  }

  /**
   * Where the completion's content ends once trailing whitespace and end tokens, in any order
   * and number, are taken off.
   *
   * @param text the completion
   * @return an index in {@code [0, text.length()]}
   */
  int contentEnd(String text) {
    int end = text.length();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      for (String token : tokens) {
        if (end >= token.length() && text.startsWith(token, end - token.length())) {
          end -= token.length();
          stripped = true;
        }
      }
    }
    return end;
  }
}
