package dev.rlvr.grader.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Properties over seeded random chains of thought; a failure names its seed and case. */
class LanguagePropertiesTest {
  private static final long SEED = 20261127L;
  private static final List<String> TARGETS = List.of("en", "zh", "ja", "ru", "fr", "de", "ar", "ko");
  /** Code point ranges across scripts, with digits, punctuation, marks, emoji and surrogates. */
  private static final int[][] RANGES = {
      {'a', 'z'}, {'A', 'Z'}, {0xC0, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x590, 0x5FF},
      {0x600, 0x6FF}, {0x900, 0x97F}, {0xE00, 0xE7F}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF},
      {0xAC00, 0xD7A3}, {'0', '9'}, {0x20, 0x2F}, {0x300, 0x36F}, {0x1F600, 0x1F64F},
      {0xD800, 0xDFFF}, {0x2000, 0x206F}, {0xFF00, 0xFFEF}};
  private static final List<String> PIECES = List.of(" ", "\n", "\n\n", ". ", "$", "$$", "\\[", "\\]",
      "`", "```\n", "<think>", "</think>", "http://", "\\frac", "{", "}");

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
        continue;
      }
      int[] range = RANGES[random.nextInt(RANGES.length)];
      int length = 1 + random.nextInt(8);
      for (int j = 0; j < length; j++) {
        sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
      }
    }
    return sb.toString();
  }

  /** Word-separated text made of the known fragments of several languages. */
  private static String mixedText(Random random) {
    List<String> pool = new ArrayList<>();
    pool.addAll(Texts.ENGLISH);
    pool.addAll(Texts.FRENCH);
    pool.addAll(Texts.RUSSIAN);
    pool.addAll(Texts.GERMAN);
    pool.add(Texts.CHINESE_10.replace("，", " ").replace("。", "。 "));
    pool.add(Texts.JAPANESE_8.replace("、", " ").replace("。", "。 "));
    pool.add(Texts.ARABIC);
    StringBuilder sb = new StringBuilder();
    int sentences = 1 + random.nextInt(6);
    for (int i = 0; i < sentences; i++) {
      sb.append(pool.get(random.nextInt(pool.size()))).append(random.nextBoolean() ? " " : "\n");
    }
    return sb.toString();
  }

  /**
   * Puts a comma, semicolon, bracket, dash or number into some of the spaces between words of a
   * sentence (not after its full stop: what follows a full stop decides where ICU ends sentences).
   */
  private static String sprinkle(String text, Random random) {
    String[] inserts = {" , ", " ; ", " ( ", " ) ", " - ", " 42 ", " 3.14 ", " 1,000 ", " « ", " 、"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean afterStop = i > 0 && ".。!?".indexOf(text.charAt(i - 1)) >= 0;
      if (c == ' ' && !afterStop && random.nextInt(3) == 0) {
        sb.append(inserts[random.nextInt(inserts.length)]);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @TestFactory
  Stream<DynamicTest> randomUnicodeNeverThrowsAndStaysInRange() {
    Random random = new Random(SEED);
    return IntStream.range(0, 300).mapToObj(i -> {
      String text = randomText(random, random.nextInt(60));
      String target = TARGETS.get(random.nextInt(TARGETS.size()));
      return DynamicTest.dynamicTest("case " + i + " (" + target + ")", () -> {
        Score score = Grading.think(text, target);
        assertThat(score.value()).isBetween(0.0, 1.0);
        assertThat(Grading.think(text, target).value()).as("deterministic").isEqualTo(score.value());
      });
    });
  }

  @TestFactory
  Stream<DynamicTest> punctuationAndNumbersBetweenWordsChangeNothing() {
    Random random = new Random(SEED + 1);
    return IntStream.range(0, 120).mapToObj(i -> {
      String text = mixedText(random);
      String sprinkled = sprinkle(text, random);
      String target = TARGETS.get(random.nextInt(TARGETS.size()));
      return DynamicTest.dynamicTest("case " + i + " (" + target + ")", () -> {
        Score plain = Grading.think(text, target);
        Score noisy = Grading.think(sprinkled, target);
        assertThat(noisy.value()).as(sprinkled).isEqualTo(plain.value());
        assertThat(Grading.count(noisy, "target_words")).isEqualTo(Grading.count(plain, "target_words"));
      });
    });
  }

  @TestFactory
  Stream<DynamicTest> appendingTargetLanguageWordsNeverLowersTheRatio() {
    Random random = new Random(SEED + 2);
    List<String> targets = List.of("en", "zh", "ru", "fr", "de");
    return IntStream.range(0, 100).mapToObj(i -> {
      String text = mixedText(random);
      String target = targets.get(random.nextInt(targets.size()));
      String more = switch (target) {
        case "en" -> Texts.ENGLISH.get(random.nextInt(Texts.ENGLISH.size()));
        case "zh" -> Texts.CHINESE;
        case "ru" -> Texts.RUSSIAN.get(random.nextInt(Texts.RUSSIAN.size()));
        case "fr" -> Texts.FRENCH.get(random.nextInt(Texts.FRENCH.size()));
        default -> Texts.GERMAN.get(random.nextInt(Texts.GERMAN.size()));
      };
      return DynamicTest.dynamicTest("case " + i + " (" + target + ")", () -> {
        double before = Grading.think(text, target).value();
        double after = Grading.think(text + "\n\n" + more, target).value();
        assertThat(after).as(text + " + " + more).isGreaterThanOrEqualTo(before);
        assertThat(after).isPositive();
      });
    });
  }
}
