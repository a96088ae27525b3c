package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.util.List;

/**
 * What {@link MathAnswerParser#parse(String)} made of an answer: a syntax tree, or the errors
 * that stopped it.
 *
 * @param expr the tree; null exactly when parsing failed
 * @param errors why parsing failed, in input order; empty exactly when it succeeded
 */
public record ParseResult(Expr expr, List<ParseError> errors) {

  /**
   * Checks that exactly one of a tree and errors is given, and copies the errors.
   *
   * @throws IllegalArgumentException if both or neither are given
   */
  public ParseResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
    if ((expr == null) == errors.isEmpty()) {
      throw new IllegalArgumentException("a parse result has either a tree or errors");
    }
  }

  /**
   * A successful parse.
   *
   * @param expr the tree, not null
   * @return the result
   */
  public static ParseResult of(Expr expr) {
    return new ParseResult(expr, List.of());
  }

  /**
   * A failed parse with one error.
   *
   * @param message what went wrong, not null
   * @param column where, 0-based
   * @return the result
   */
  public static ParseResult failure(String message, int column) {
    return new ParseResult(null, List.of(new ParseError(message, column)));
  }

  /**
   * Whether the answer parsed.
   *
   * @return true when {@link #expr()} is a tree
   */
  public boolean ok() {
    return expr != null;
  }
}
