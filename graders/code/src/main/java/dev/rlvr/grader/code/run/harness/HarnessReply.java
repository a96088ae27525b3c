package dev.rlvr.grader.code.run.harness;

import java.util.Optional;

/**
 * The line a harness prints last: {@code <nonce> <kind> <payload>}. Only the last non-blank line
 * of the output counts, and only with this run's nonce: anything the program prints after the
 * harness's line (an exit hook, a stray thread) makes the result missing, never replaced.
 *
 * @param kind one letter: R returned, E raised, U not plain data, C syntax error, L load failure,
 *     N no such function; the assert driver uses its own
 * @param payload the rest of the line (JSON)
 */
public record HarnessReply(char kind, String payload) {

  public static Optional<HarnessReply> find(String stdout, String nonce) {
    int end = stdout.length();
    while (end > 0 && Character.isWhitespace(stdout.charAt(end - 1))) {
      end--;
    }
    int start = stdout.lastIndexOf('\n', end - 1) + 1;
    String line = stdout.substring(start, end);
    String prefix = nonce + " ";
    if (!line.startsWith(prefix) || line.length() < prefix.length() + 3 || line.charAt(prefix.length() + 1) != ' ') {
      return Optional.empty();
    }
    return Optional.of(new HarnessReply(line.charAt(prefix.length()), line.substring(prefix.length() + 2)));
  }
}
