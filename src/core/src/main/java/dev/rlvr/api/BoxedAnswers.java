package dev.rlvr.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds {@code \boxed{...}} and {@code \fbox{...}} answers in LaTeX text with balanced braces,
 * in one linear pass (no regular expressions: completions can be 100 KB).
 *
 * <p>Accepts {@code \boxed{5}}, {@code \boxed {5}} and the brace-less {@code \boxed 5}. An
 * unterminated {@code \boxed{} (a truncated generation) yields nothing. Escaped braces
 * ({@code \{ \}}) do not count towards balance.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BoxedAnswers {
  private static final String[] COMMANDS = {"\\boxed", "\\fbox"};

  private BoxedAnswers() {}

  /**
   * The contents of every complete box, in order.
   *
   * @param text any text; never null
   * @return the box contents, untrimmed; empty when there is none
   */
  public static List<String> all(String text) {
    return locate(text).stream().map(Box::content).toList();
  }

  /**
   * Every complete box with its place in the text, in order.
   *
   * @param text any text; never null
   * @return the boxes; empty when there is none
   */
  public static List<Box> locate(String text) {
    List<Box> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = nextCommand(text, from);
      if (at < 0) {
        return found;
      }
      int afterName = at + commandLength(text, at);
      Argument arg = readArgument(text, afterName);
      if (arg != null) {
        found.add(new Box(arg.content(), at, arg.end()));
        from = arg.end();
      } else {
        from = afterName;
      }
    }
  }

  /**
   * Tells whether a box command at or after {@code from} is never closed: a generation cut off
   * inside its final answer.
   *
   * @param text any text; never null
   * @param from where to start looking
   * @return {@code true} when an unterminated {@code \boxed} or {@code \fbox} follows
   */
  public static boolean unterminatedAfter(String text, int from) {
    int at = nextCommand(text, Math.max(0, from));
    while (at >= 0) {
      int afterName = at + commandLength(text, at);
      Argument arg = readArgument(text, afterName);
      if (arg == null) {
        return true;
      }
      at = nextCommand(text, arg.end());
    }
    return false;
  }

  /**
   * One complete box.
   *
   * @param content what is inside the braces, untrimmed
   * @param start where the command starts
   * @param end just after the closing brace
   */
  public record Box(String content, int start, int end) {}

  /**
   * The content of the last complete box.
   *
   * @param text any text; never null
   * @return the last box's content, trimmed; empty when there is none
   */
  public static Optional<String> last(String text) {
    List<String> all = all(text);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).trim());
  }

  private record Argument(String content, int end) {}

  private static int nextCommand(String text, int from) {
    int best = -1;
    for (String cmd : COMMANDS) {
      int i = text.indexOf(cmd, from);
      while (i >= 0 && isLetter(text, i + cmd.length())) {
        i = text.indexOf(cmd, i + 1); // \boxedx is another command
      }
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private static int commandLength(String text, int at) {
    return text.startsWith("\\boxed", at) ? "\\boxed".length() : "\\fbox".length();
  }

  private static boolean isLetter(String text, int i) {
    return i < text.length() && Character.isLetter(text.charAt(i));
  }

  private static Argument readArgument(String text, int i) {
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return null;
    }
    if (text.charAt(i) != '{') {
      return braceless(text, i);
    }
    int depth = 0;
    for (int j = i; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++; // skip the escaped character, \{ and \} included
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return new Argument(text.substring(i + 1, j), j + 1);
      }
    }
    return null;
  }

  /** {@code \boxed 5}: the argument runs to the next space or closing math delimiter. */
  private static Argument braceless(String text, int i) {
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '$') {
      j++;
    }
    return j == i ? null : new Argument(text.substring(i, j), j);
  }
}
