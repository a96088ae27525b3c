package dev.rlvr.cli.serve;

import java.util.List;

/**
 * The model's response inside an OpenRLHF query: the query is the templated prompt followed by
 * the decoded response, special tokens included, so the prompt is cut off the front and
 * end-of-sequence tokens off the end.
 */
final class ResponseText {
  /** End-of-sequence tokens of common chat templates (Qwen/ChatML, GPT, DeepSeek, Llama 2 and 3). */
  static final List<String> EOS_TOKENS = List.of(
      "<|im_end|>", "<|endoftext|>", "<｜end▁of▁sentence｜>", "</s>", "<|eot_id|>");

  private ResponseText() {}

  /**
   * The response of a query.
   *
   * @param query prompt and response as OpenRLHF decoded them
   * @param prompt the templated prompt; may be empty
   * @return the response; the whole query, less its EOS tokens, when the prompt is not its prefix
   */
  static String of(String query, String prompt) {
    String response = !prompt.isEmpty() && query.startsWith(prompt) ? query.substring(prompt.length()) : query;
    return stripEos(response);
  }

  /** Removes trailing EOS tokens (several, with whitespace between them, as padding leaves them). */
  static String stripEos(String text) {
    int end = text.length();
    boolean found = true;
    while (found) {
      found = false;
      int trimmed = end;
      while (trimmed > 0 && Character.isWhitespace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      for (String token : EOS_TOKENS) {
        if (trimmed >= token.length() && text.startsWith(token, trimmed - token.length())) {
          end = trimmed - token.length();
          found = true;
          break;
        }
      }
    }
    return text.substring(0, end);
  }
}
