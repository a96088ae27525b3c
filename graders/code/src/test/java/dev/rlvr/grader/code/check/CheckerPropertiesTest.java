package dev.rlvr.grader.code.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random outputs: the same seed gives the same cases, and a failure names
 * the case so it can be replayed.
 */
class CheckerPropertiesTest {
  private static final long SEED = 20261127L;
  private static final int CASES = 500;
  private static final String[] SPACES = {" ", "  ", "\t", "\n", "\r\n", " \n ", "\n\n", "\f", "\u000B"};

  @Test
  void tokensAcceptTheSameTokensUnderAnyWhitespaceAndRejectAnySingleChange() {
    Random random = new Random(SEED);
    OutputChecker tokens = OutputCheckers.tokens();
    for (int i = 0; i < CASES; i++) {
      List<String> expected = randomTokens(random);
      String canonical = String.join(" ", expected) + "\n";
      String replay = "case " + i + " of seed " + SEED + ": " + expected;

      assertThat(tokens.check("", canonical, respaced(expected, random)).accepted()).as(replay).isTrue();

      List<String> changed = new ArrayList<>(expected);
      int at = random.nextInt(changed.size());
      changed.set(at, mutate(changed.get(at), random));
      OutputChecker.Judgement judgement = tokens.check("", canonical, respaced(changed, random));
      assertThat(judgement.accepted()).as(replay + " changed at " + at).isFalse();
      assertThat(judgement.detail()).as(replay).startsWith("token " + (at + 1) + ":");

      List<String> prefix = expected.subList(0, random.nextInt(expected.size()));
      assertThat(tokens.check("", canonical, respaced(prefix, random)).accepted()).as(replay + " prefix").isFalse();

      List<String> longer = new ArrayList<>(expected);
      longer.add(randomToken(random));
      assertThat(tokens.check("", canonical, respaced(longer, random)).accepted()).as(replay + " longer").isFalse();
    }
  }

  @Test
  void linesAcceptTrailingWhitespaceButNotAMovedToken() {
    Random random = new Random(SEED + 1);
    OutputChecker lines = OutputCheckers.lines();
    for (int i = 0; i < CASES; i++) {
      List<String> expected = randomTokens(random);
      String canonical = String.join("\n", expected) + "\n";
      StringBuilder padded = new StringBuilder();
      for (String token : expected) {
        padded.append(token).append(" ".repeat(random.nextInt(3))).append(random.nextBoolean() ? "\r\n" : "\n");
      }
      padded.append("\n".repeat(random.nextInt(3)));
      String replay = "case " + i + " of seed " + SEED + ": " + expected;
      assertThat(lines.check("", canonical, padded.toString()).accepted()).as(replay).isTrue();
      if (expected.size() > 1) {
        String joined = String.join(" ", expected) + "\n";
        assertThat(lines.check("", canonical, joined).accepted()).as(replay + " joined").isFalse();
      }
    }
  }

  @Test
  void floatsAcceptSmallNoiseAndRejectLargeNoise() {
    Random random = new Random(SEED + 2);
    OutputChecker floats = OutputCheckers.floats(1e-6, 1e-6);
    for (int i = 0; i < CASES; i++) {
      double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
      double scale = Math.max(1, Math.abs(value));
      double small = value + (random.nextDouble() - 0.5) * 1e-6 * scale;
      double large = value + (random.nextBoolean() ? 1 : -1) * (2e-6 + random.nextDouble() * 1e-3) * scale;
      String replay = "case " + i + " of seed " + SEED + ": " + value;
      assertThat(floats.check("", Double.toString(value), Double.toString(small)).accepted()).as(replay).isTrue();
      assertThat(floats.check("", Double.toString(value), Double.toString(large)).accepted()).as(replay).isFalse();
    }
  }

  private static List<String> randomTokens(Random random) {
    List<String> tokens = new ArrayList<>();
    int count = 1 + random.nextInt(20);
    for (int i = 0; i < count; i++) {
      tokens.add(randomToken(random));
    }
    return tokens;
  }

  private static String randomToken(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Integer.toString(random.nextInt(2001) - 1000);
      case 1 -> String.format(java.util.Locale.ROOT, "%.3f", random.nextDouble() * 100);
      case 2 -> random.nextBoolean() ? "YES" : "NO";
      default -> {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
          word.append((char) ('a' + random.nextInt(26)));
        }
        yield word.toString();
      }
    };
  }

  /** A different token: one character changed, added or removed. */
  private static String mutate(String token, Random random) {
    int at = random.nextInt(token.length());
    return switch (random.nextInt(3)) {
      case 0 -> token.substring(0, at) + (char) (token.charAt(at) == 'z' ? 'y' : token.charAt(at) + 1)
          + token.substring(at + 1);
      case 1 -> token + (char) ('a' + random.nextInt(26));
      default -> token.length() > 1 ? token.substring(0, at) + token.substring(at + 1) : token + "0";
    };
  }

  private static String respaced(List<String> tokens, Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append(SPACES[random.nextInt(SPACES.length)]);
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        text.append(SPACES[random.nextInt(SPACES.length)]);
      }
      text.append(tokens.get(i));
    }
    if (random.nextBoolean()) {
      text.append(SPACES[random.nextInt(SPACES.length)]);
    }
    return text.toString();
  }
}
