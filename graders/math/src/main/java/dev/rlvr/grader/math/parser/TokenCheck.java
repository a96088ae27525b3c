package dev.rlvr.grader.math.parser;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Rejects a token stream before parsing: characters and commands the grammar does not know, and
 * nesting deeper than the limit. The parser recurses once per level of brackets, braces and
 * absolute-value bars and nowhere else, so bounding them here bounds its stack.
 */
final class TokenCheck {

  private TokenCheck() {}

  /**
   * Checks the tokens of one answer.
   *
   * @param tokens the whole stream, EOF included
   * @param maxDepth the deepest nesting allowed
   * @return a failure, or null when the tokens may be parsed
   */
  static ParseResult check(List<Token> tokens, int maxDepth) {
    int depth = 0;
    int deepest = 0;
    int bars = 0;
    for (Token t : tokens) {
      switch (t.getType()) {
        case MathAnswerLexer.UNEXPECTED -> {
          return ParseResult.failure("unexpected character '" + t.getText() + "'",
              t.getCharPositionInLine());
        }
        case MathAnswerLexer.UNKNOWN_COMMAND -> {
          return ParseResult.failure("unsupported command " + t.getText(),
              t.getCharPositionInLine());
        }
        case MathAnswerLexer.LPAREN, MathAnswerLexer.LBRACK, MathAnswerLexer.LBRACE,
            MathAnswerLexer.SET_OPEN, MathAnswerLexer.LANGLE, MathAnswerLexer.LFLOOR,
            MathAnswerLexer.LCEIL, MathAnswerLexer.BEGIN_MATRIX -> {
          deepest = Math.max(deepest, ++depth);
        }
        case MathAnswerLexer.RPAREN, MathAnswerLexer.RBRACK, MathAnswerLexer.RBRACE,
            MathAnswerLexer.SET_CLOSE, MathAnswerLexer.RANGLE, MathAnswerLexer.RFLOOR,
            MathAnswerLexer.RCEIL, MathAnswerLexer.END_MATRIX -> {
          depth = Math.max(0, depth - 1);
        }
        case MathAnswerLexer.BAR -> bars++;
        default -> {
          // Other tokens do not nest.
        }
      }
    }
    if (deepest + (bars + 1) / 2 > maxDepth) {
      return ParseResult.failure("answer nested more than " + maxDepth + " levels deep", 0);
    }
    return null;
  }
}
