package dev.rlvr.grader.math.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the parser over seeded random inputs; a failure names its seed. */
class MathAnswerParserPropertiesTest {

  private static final long[] SEEDS = {1, 2, 3, 42, 1234, 987654321};

  @Nested
  class RoundTrips {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234, 987654321})
    void printedLatexParsesBackIntoTheSameTree(long seed) {
      roundTrip(seed, true);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234, 987654321})
    void printedPlainTextParsesBackIntoTheSameTree(long seed) {
      roundTrip(seed, false);
    }

    private void roundTrip(long seed, boolean latex) {
      Random random = new Random(seed);
      RandomExpr trees = new RandomExpr(random);
      ExprPrinter printer = new ExprPrinter(random, latex);
      for (int k = 0; k < 500; k++) {
        Expr tree = trees.answer();
        String text = printer.answer(tree);
        ParseResult result = MathAnswerParser.parse(text);
        assertThat(result.errors()).as("seed %d #%d: %s", seed, k, text).isEmpty();
        assertThat(result.expr()).as("seed %d #%d: %s", seed, k, text).isEqualTo(tree);
      }
    }
  }

  @Nested
  class Robustness {
    @Test
    void neverThrowsOnHostileText() {
      for (long seed : SEEDS) {
        RandomText text = new RandomText(seed);
        for (int k = 0; k < 2_000; k++) {
          assertWellFormed(MathAnswerParser.parse(text.next(12)));
        }
      }
    }

    @Test
    void neverThrowsOnSoupsOfMathTokens() {
      String[] pieces = {"\\frac", "{", "}", "(", ")", "[", "]", "\\{", "\\}", "|", "^", "_",
          "\\sqrt", "x", "2", "-", "+", "\\pm", ",", "=", "\\le", "\\text{", "cm", "\\sin",
          "\\log", "\\left", "\\right", ".", "\\cdot", "!", "\\%", "\\$", "°", "\\begin{pmatrix}",
          "&", "\\\\", "\\end{pmatrix}", "\\cup", "or", "e", "i", "\\pi", "\\infty", " ", "1,000",
          "\\binom", "\\choose", "\\in", "\\mathbb{R}", "$", "\\(", "sqrt", "**", "/", "\\"};
      for (long seed : SEEDS) {
        Random random = new Random(seed);
        for (int k = 0; k < 3_000; k++) {
          StringBuilder soup = new StringBuilder();
          int n = random.nextInt(16);
          for (int j = 0; j < n; j++) {
            soup.append(pieces[random.nextInt(pieces.length)]);
          }
          assertWellFormed(MathAnswerParser.parse(soup.toString()));
        }
      }
    }

    @Test
    void neverThrowsOnMutatedAnswers() {
      for (long seed : SEEDS) {
        Random random = new Random(seed);
        RandomExpr trees = new RandomExpr(random);
        ExprPrinter printer = new ExprPrinter(random, random.nextBoolean());
        for (int k = 0; k < 1_000; k++) {
          StringBuilder text = new StringBuilder(printer.answer(trees.answer()));
          for (int m = 0; m < 3 && text.length() > 0; m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
              case 0 -> text.deleteCharAt(at);
              case 1 -> text.insert(at, "{}()|^_\\,-".charAt(random.nextInt(10)));
              default -> text.setCharAt(at, (char) random.nextInt(0x250));
            }
          }
          assertWellFormed(MathAnswerParser.parse(text.toString()));
        }
      }
    }

    @Test
    void returnsErrorsForPathologicalNesting() {
      List<String> inputs = List.of(
          "{".repeat(10_000) + "}".repeat(10_000),
          "\\frac{1}{".repeat(1_000) + "2" + "}".repeat(1_000),
          "(".repeat(5_000) + "x" + ")".repeat(5_000),
          "\\sqrt{".repeat(1_000) + "2" + "}".repeat(1_000),
          "|".repeat(4_000) + "x" + "|".repeat(4_000),
          "x^{".repeat(2_000) + "2" + "}".repeat(2_000),
          "(".repeat(101) + "x" + ")".repeat(101),
          "\\left(".repeat(3_000) + "x",
          "{".repeat(1 << 20),
          "1".repeat(1 << 20),
          "\\frac{1}{2}".repeat(100_000));
      for (String input : inputs) {
        ParseResult result = MathAnswerParser.parse(input);
        assertThat(result.ok()).as("%.40s...", input).isFalse();
      }
    }

    @Test
    void parsesTheDeepestAllowedNestingOnASmallStack() throws Exception {
      List<String> deepest = List.of(
          "(".repeat(100) + "x" + ")".repeat(100),
          "\\frac{1}{".repeat(100) + "2" + "}".repeat(100),
          "\\sin(".repeat(100) + "x" + ")".repeat(100),
          "|".repeat(100) + "x" + "|".repeat(100),
          "\\{".repeat(100) + "x" + "\\}".repeat(100));
      List<ParseResult> results = new ArrayList<>();
      Thread thread = new Thread(null, () -> deepest.forEach(s -> results.add(
          MathAnswerParser.parse(s))), "small-stack", 512 * 1024);
      thread.start();
      thread.join();
      assertThat(results).hasSize(deepest.size()).allSatisfy(r -> assertThat(r.ok()).isTrue());
    }

    @Test
    void givesTheSameResultsOnManyThreads() throws Exception {
      Random random = new Random(7);
      RandomExpr trees = new RandomExpr(random);
      ExprPrinter printer = new ExprPrinter(random, true);
      List<String> inputs = new ArrayList<>();
      for (int k = 0; k < 300; k++) {
        inputs.add(printer.answer(trees.answer()));
        inputs.add(new RandomText(k).next(6));
      }
      List<ParseResult> expected = inputs.stream().map(MathAnswerParser::parse).toList();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<ParseResult>>> runs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          runs.add(pool.submit(() -> inputs.stream().map(MathAnswerParser::parse).toList()));
        }
        for (Future<List<ParseResult>> run : runs) {
          assertThat(run.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class FastPath {
    @Test
    void buildsExactlyTheTreeOfTheFullParser() {
      Random random = new Random(11);
      for (int k = 0; k < 5_000; k++) {
        String answer = simpleAnswer(random);
        ParseResult fast = MathAnswerParser.parse(answer);
        ParseResult full = MathAnswerParser.parseNormalized(answer);
        assertThat(fast).as(answer).isEqualTo(full);
      }
    }

    private String simpleAnswer(Random random) {
      String sign = random.nextInt(3) == 0 ? "-" : "";
      String a = digits(random);
      String b = digits(random);
      return sign + switch (random.nextInt(6)) {
        case 0 -> a;
        case 1 -> a + "." + b;
        case 2 -> "." + b;
        case 3 -> a + "/" + b;
        case 4 -> "\\frac{" + a + "}{" + b + "}";
        default -> (random.nextBoolean() ? "\\dfrac{" : "\\tfrac{") + a + "}{" + b + "}";
      } + (random.nextInt(10) == 0 ? " " : "");
    }

    private String digits(Random random) {
      StringBuilder out = new StringBuilder();
      int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 4);
      for (int k = 0; k < n; k++) {
        out.append((char) ('0' + random.nextInt(10)));
      }
      return out.toString();
    }
  }

  /** A result has a tree and no errors, or errors with messages and no tree. */
  static void assertWellFormed(ParseResult result) {
    assertThat(result).isNotNull();
    assertThat(result.ok()).isEqualTo(result.expr() != null);
    assertThat(result.errors().isEmpty()).isEqualTo(result.ok());
    result.errors().forEach(e -> assertThat(e.message()).isNotNull());
  }
}
