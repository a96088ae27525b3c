package dev.rlvr.grader.math.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the pre-pass makes of LaTeX before the lexer sees it. */
class LatexNormalizerTest {

  private static String normalized(String raw) {
    return LatexNormalizer.normalize(raw).replaceAll("\\s+", " ").strip();
  }

  @Nested
  class Delimiters {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "$x$            -> x",
        "$$x$$          -> x",
        "\\(x\\)        -> x",
        "\\[x\\]        -> x",
        "$ $x$ $        -> x",
        "$5             -> \\$5",
        "5$             -> 5\\$",
        "$x$ and $y$    -> x and y",
        "\\$5           -> \\$5"})
    void stripsMathDelimitersAndReadsALoneDollarAsCurrency(String raw, String expected) {
      assertThat(normalized(raw)).isEqualTo(expected);
    }
  }

  @Nested
  class Commands {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "\\left( x \\right)              -> ( x )",
        "\\left. x \\right|              -> x |",
        "\\left< x \\right>              -> \\langle x \\rangle",
        "\\bigl( x \\bigr)               -> ( x )",
        "\\dfrac{1}{2}                   -> \\frac{1}{2}",
        "\\tfrac12                       -> \\frac{1}{2}",
        "\\frac 1 2                      -> \\frac {1} {2}",
        "\\frac{a}b                      -> \\frac{a}{b}",
        "\\frac\\pi2                     -> \\frac\\pi{2}",
        "\\dbinom52                      -> \\binom{5}{2}",
        "\\sqrt2                         -> \\sqrt{2}",
        "\\sqrt[3]8                      -> \\sqrt[3]{8}",
        "\\sqrt{12}                      -> \\sqrt{12}",
        "\\displaystyle x                -> x",
        "x\\,y\\;z\\!w\\quad v           -> x y zw v",
        "\\boxed{5}                      -> {5}",
        "\\hspace{1em}5                  -> 5",
        "\\color{red}{5}                 -> {5}",
        "\\lbrace 1 \\rbrace             -> \\{ 1 \\}",
        "\\lvert x \\rvert               -> | x |",
        "30^\\circ                       -> 30°",
        "30^{\\circ}                     -> 30°",
        "30 ^ { \\circ }                 -> 30 °",
        "30\\degree                      -> 30°",
        "\\operatorname{lcm}(4,6)        -> \\lcm (4,6)",
        "\\mathrm{gcd}(4,6)              -> \\gcd (4,6)",
        "\\mathbb R                      -> \\mathbb{R}",
        "\\mathbb {Z}                    -> \\mathbb{Z}",
        "\\mathrm{e}^x                   -> {e}^x",
        "\\mathbf{v}                     -> {v}",
        "\\int x                         -> \\int x",
        "\\underline{100}                -> {100}",
        "\\approx 3.14                   -> 3.14",
        "\\sim 2.5                       -> 2.5",
        "x \\approx 3                    -> x \\approx 3",
        "\\text{lcm}(4,6)                -> \\lcm (4,6)",
        "0.\\bar{3}                      -> (\\frac{3}{9})"})
    void rewritesCommands(String raw, String expected) {
      assertThat(normalized(raw)).isEqualTo(expected);
    }
  }

  @Nested
  class Text {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "10\\text{ cm}                   -> 10\\text{cm}",
        "\\text{ yes }                   -> \\text{yes}",
        "\\textbf{(C)}                   -> \\text{(C)}",
        "\\text{\\textbf{No}}            -> \\text{No}",
        "\\mbox{apples}                  -> \\text{apples}",
        "\\mathrm{cm}                    -> \\text{cm}",
        "\\mathrm{km/h}                  -> \\text{km/h}",
        "3 \\text{ or } 5                -> 3 or 5",
        "1 \\text{, and } 2              -> 1 , and 2",
        "\\text{5}                       -> 5",
        "\\text{1,000}                   -> 1000",
        "\\text{7 days}                  -> 7 \\text{days}",
        "\\text{}                        -> ``",
        "\\text{costs \\$5}              -> \\text{costs $5}",
        "\\text{a{b}c}                   -> \\text{abc}",
        "5\\mathrm{m}^2                  -> 5\\text{m}^2",
        "9.8\\mathrm{m/s^2}              -> 9.8\\text{m/s^2}",
        "\\mathrm{m}                     -> {m}",
        "5\\mathrm{x}                    -> 5 {x}",
        "(E) 25                         -> \\text{(E)} 25",
        "(E)                            -> (E)"})
    void makesTextCommandsCanonical(String raw, String expected) {
      assertThat(normalized(raw)).isEqualTo(expected);
    }
  }

  @Nested
  class Numbers {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "1,000                 -> 1000",
        "1,000,000             -> 1000000",
        "\\$1,234.50           -> \\$1234.50",
        "-12,345               -> -12345",
        "1,2                   -> 1,2",
        "12,34                 -> 12,34",
        "1,0000                -> 1,0000",
        "1,000,00              -> 1,000,00",
        "1234,567              -> 1234,567",
        "(1,000)               -> (1,000)",
        "[1,000, 2]            -> [1,000, 2]",
        "\\{1,000\\}           -> \\{1,000\\}",
        "{1,000}               -> {1000}",
        "1{,}000               -> 1000",
        "3{,}5                 -> 3.5",
        "1\\,000               -> 1000",
        "1\\,00                -> 1 00",
        "2, 1,000              -> 2, 1000",
        "x = 1,000             -> x = 1000",
        "1.5,000               -> 1.5,000",
        "1 000 000             -> 1000000",
        "1 000.5               -> 1000.5",
        "(1 000, 2)            -> (1000, 2)",
        "2 100/3               -> 2 100/3",
        "12 34                 -> 12 34",
        "1 0000                -> 1 0000",
        "1 000 00              -> 1 000 00"})
    void dropsThousandsSeparatorsOnlyWhereTheyCannotSeparateItems(String raw, String expected) {
      assertThat(normalized(raw)).isEqualTo(expected);
    }
  }

  @Nested
  class Unicode {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "−3                    -> -3",
        "2×3                   -> 2\\times 3",
        "2·3                   -> 2\\cdot 3",
        "6÷3                   -> 6\\div 3",
        "2π                    -> 2\\pi",
        "√2                    -> \\sqrt{2}",
        "√12                   -> \\sqrt{12}",
        "√x                    -> \\sqrt{x}",
        "∞                     -> \\infty",
        "x ≤ 3                 -> x \\le 3",
        "x ≥ 3                 -> x \\ge 3",
        "x ≠ 3                 -> x \\ne 3",
        "±3                    -> \\pm 3",
        "30°                   -> 30°",
        "ℝ                     -> \\mathbb{R}",
        "x²                    -> x^{2}",
        "10⁻³                  -> 10^{-3}",
        "x₁                    -> x_{1}",
        "½                     -> \\frac{1}{2}",
        "θ                     -> \\theta",
        "(0,1)∪(2,3)           -> (0,1)\\cup (2,3)",
        "a\u00A0b              -> a b",
        "4\u200B2              -> 42"})
    void spellsUnicodeMathInLatex(String raw, String expected) {
      assertThat(normalized(raw)).isEqualTo(expected);
    }
  }

  @Nested
  class Edges {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "5.                    -> 5",
        "5 .                   -> 5",
        "1, 2,                 -> 1, 2",
        "= 5                   -> 5",
        "== 5                  -> == 5",
        "(0,1) U (2,3)         -> (0,1) \\cup (2,3)",
        "[0,1]U[2,3]           -> [0,1] \\cup [2,3]",
        "USA                   -> USA",
        "U                     -> U",
        "x != 2                -> x \\ne 2",
        "5!=120                -> 5!=120",
        "~x~                   -> x"})
    void tidiesTheEnds(String raw, String expected) {
      assertThat(normalized(raw)).isEqualTo(expected);
    }

    @Test
    void isLinearOnAMegabyteOfBraces() {
      String braces = "{".repeat(500_000) + "}".repeat(500_000);
      assertThat(LatexNormalizer.normalize(braces)).hasSize(1_000_000);
    }

    @Test
    void neverLosesAnUnbalancedBrace() {
      assertThat(normalized("\\frac{1}{2")).isEqualTo("\\frac{1}{2");
      assertThat(normalized("\\text{abc")).isEqualTo("{abc");
      assertThat(normalized("\\sqrt[3")).isEqualTo("\\sqrt[3");
    }
  }
}
