package dev.rlvr.trainer.model;

/**
 * Character-level tokens: 0 is padding, 1 ends a completion, then printable ASCII. Anything
 * else becomes '?'. Small enough that a tiny model's embedding and output layer stay tiny.
 */
public final class CharTokenizer implements TokenCodec {
  /** The padding token. */
  public static final int PAD = 0;
  /** The end-of-completion token. */
  public static final int EOS = 1;
  private static final int FIRST = 32;
  private static final int LAST = 126;

  /**
   * The vocabulary size.
   *
   * @return the number of token ids
   */
  @Override
  public int vocabularySize() {
    return 2 + LAST - FIRST + 1;
  }

  /**
   * Encodes text, one token per character.
   *
   * @param text the text
   * @return the token ids
   */
  @Override
  public int[] encode(String text) {
    int[] ids = new int[text.length()];
    for (int i = 0; i < ids.length; i++) {
      char c = text.charAt(i);
      ids[i] = 2 + ((c >= FIRST && c <= LAST) ? c : '?') - FIRST;
    }
    return ids;
  }

  /**
   * Decodes ids, stopping at the end token and skipping padding.
   *
   * @param ids token ids
   * @param from the first index to decode
   * @param to one past the last
   * @return the text
   */
  @Override
  public String decode(int[] ids, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (ids[i] == EOS) {
        break;
      }
      if (ids[i] != PAD) {
        sb.append((char) (ids[i] - 2 + FIRST));
      }
    }
    return sb.toString();
  }

  @Override
  public int padId() {
    return PAD;
  }

  @Override
  public int endId() {
    return EOS;
  }
}
