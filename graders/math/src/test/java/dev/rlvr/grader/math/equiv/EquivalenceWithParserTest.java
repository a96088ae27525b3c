package dev.rlvr.grader.math.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.equiv.Comparison.Outcome;
import dev.rlvr.grader.math.parser.MathAnswerParser;
import dev.rlvr.grader.math.parser.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The anchor cases of the issue, from LaTeX through the parser to a verdict. */
class EquivalenceWithParserTest {
  private static final Equivalence CHECKER = new Equivalence(EquivalenceOptions.defaults());

  @ParameterizedTest(name = "{0} | {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          \\frac{1}{2}                  | 0.5                         | EQUAL
          \\frac{2}{4}                  | \\frac12                    | EQUAL
          \\log_2 8                     | 3                           | EQUAL
          2\\frac{1}{2}                 | \\frac{5}{2}                | EQUAL
          10\\text{ cm}                 | 10                          | EQUAL
          \\frac{\\sqrt{2}}{2}          | \\frac{1}{\\sqrt{2}}        | EQUAL
          (x+1)^2                       | x^2+2x+1                    | EQUAL
          2\\pi r                       | 2r\\pi                      | EQUAL
          x = 3                         | 3                           | EQUAL
          y = 2x+1                      | 2x+1                        | EQUAL
          "x=1, x=2"                    | \\{1,2\\}                   | EQUAL
          x > 2                         | (2, \\infty)                | EQUAL
          (B)                           | B                           | EQUAL
          \\text{(B)}                   | B                           | EQUAL
          50\\%                         | 0.5                         | EQUAL
          30^\\circ                     | \\frac{\\pi}{6}             | EQUAL
          "1,000"                       | 1000                        | EQUAL
          -1 \\le x < 3                 | [-1, 3)                     | EQUAL
          \\sqrt{8}                     | 2\\sqrt{2}                  | EQUAL
          e^{\\ln 2}                    | 2                           | EQUAL
          3+4i                          | 4i+3                        | EQUAL
          x^2 = 4                       | x^2 - 4 = 0                 | EQUAL
          \\frac{-1 \\pm \\sqrt{5}}{2}  | "\\frac{-1+\\sqrt5}{2}, \\frac{-1-\\sqrt5}{2}" | EQUAL
          1/7                           | 0.142857                    | NOT_EQUAL
          \\pi                          | 3.14                        | NOT_EQUAL
          \\sqrt{2}                     | 1.41421                     | NOT_EQUAL
          \\frac{1}{3^{40}}             | \\frac{1}{3^{41}}           | NOT_EQUAL
          12345                         | 12346                       | NOT_EQUAL
          0.4                           | 40                          | NOT_EQUAL
          "1,2"                         | 12                          | NOT_EQUAL
          "(0,1)"                       | "[0,1]"                     | NOT_EQUAL
          3 \\text{ or } 5              | 3                           | NOT_EQUAL
          "(1,2)"                       | "(2,1)"                     | NOT_EQUAL
          x^2                           | x^3                         | NOT_EQUAL
          x > 2                         | x \\ge 2                    | NOT_EQUAL
          \\frac{\\sqrt{2}}{2}          | \\frac{1}{2}                | NOT_EQUAL
          """)
  void decidesTheAnchorCasesOfTheIssue(String gold, String answer, Outcome expected) {
    ParseResult g = MathAnswerParser.parse(gold);
    ParseResult a = MathAnswerParser.parse(answer);
    assertThat(g.expr()).as("gold %s parses: %s", gold, g.errors()).isNotNull();
    assertThat(a.expr()).as("answer %s parses: %s", answer, a.errors()).isNotNull();

    Comparison c = CHECKER.compare(g.expr(), a.expr(), GradeContext.unlimited());

    assertThat(c.outcome()).as("%s", c).isEqualTo(expected);
  }
}
