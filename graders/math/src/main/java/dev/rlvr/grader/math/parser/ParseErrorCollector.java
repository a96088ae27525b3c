package dev.rlvr.grader.math.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Collects the syntax errors of one parse instead of printing them, as ANTLR's console listener
 * would. Keeps the first {@value #LIMIT}: after that, error recovery only repeats itself.
 */
final class ParseErrorCollector extends BaseErrorListener {

  static final int LIMIT = 10;

  private final List<ParseError> errors = new ArrayList<>(2);

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
      int charPositionInLine, String msg, RecognitionException e) {
    if (errors.size() < LIMIT) {
      errors.add(new ParseError(msg == null ? "syntax error" : msg, Math.max(0, charPositionInLine)));
    }
  }

  /**
   * The errors seen so far.
   *
   * @return the errors, in input order
   */
  List<ParseError> errors() {
    return errors;
  }
}
