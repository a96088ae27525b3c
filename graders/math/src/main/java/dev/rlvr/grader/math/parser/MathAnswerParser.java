package dev.rlvr.grader.math.parser;

import dev.rlvr.grader.math.expr.Expr;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses a final math answer, LaTeX or plain text, into an {@link Expr}.
 *
 * <p>The answer is what an extractor took out of {@code \boxed{...}} or after "answer:", maybe
 * still inside {@code $...$}, {@code \(...\)} or {@code \[...\]}. Parsing runs in stages: the
 * commonest answers ({@code 42}, {@code -0.5}, {@code \frac{1}{2}}) take a hand-written fast
 * path; the rest is normalised ({@link LatexNormalizer}), checked against the size and nesting
 * limits, lexed, and parsed with ANTLR in SLL mode, falling back to full LL only when SLL fails.
 *
 * <p>Limits: at most {@value #MAX_LENGTH} characters after normalisation (and
 * {@value #MAX_RAW_LENGTH} before), at most {@value #MAX_DEPTH} levels of brackets, braces and
 * bars, numbers of at most {@value NumberLiteral#MAX_DIGITS} digits. Beyond them the result is an
 * error, found before the parser starts, so no input can overflow the stack.
 *
 * <p>Stateless and thread-safe: each call makes its own lexer and parser (cheap; the prediction
 * caches they share are ANTLR's thread-safe static ones).
 *
 * <pre>{@code
 * ParseResult r = MathAnswerParser.parse("\\frac{\\sqrt{2}}{2}");
 * if (r.ok()) {
 *   Expr e = r.expr(); // Frac(Root(Num 2, Num 2), Num 2)
 * }
 * }</pre>
 */
public final class MathAnswerParser {

  /** The longest normalised answer parsed. */
  public static final int MAX_LENGTH = 8_000;

  /** The longest answer normalised at all. */
  public static final int MAX_RAW_LENGTH = 64_000;

  /** The deepest nesting of brackets, braces and bars parsed. */
  public static final int MAX_DEPTH = 100;

  private MathAnswerParser() {}

  /**
   * Parses an answer. Never throws for any input, null included: every failure, including an
   * unexpected internal one, is an error in the result.
   *
   * @param answer the extracted answer; may be null
   * @return the tree, or the errors; never null
   */
  public static ParseResult parse(String answer) {
    try {
      if (answer == null) {
        return ParseResult.failure("no answer", 0);
      }
      if (answer.length() > MAX_RAW_LENGTH) {
        return ParseResult.failure("answer too long", 0);
      }
      Expr fast = FastPath.parse(answer);
      return fast != null ? ParseResult.of(fast) : parseNormalized(answer);
    } catch (StackOverflowError e) {
      return ParseResult.failure("answer nested too deeply", 0);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (AnswerSyntaxException e) {
      return ParseResult.failure(e.getMessage(), e.column());
    } catch (RuntimeException | Error e) {
      return ParseResult.failure("internal parser error: " + e, 0);
    }
  }

  /**
   * Parses an answer without the fast path: for tests that hold the fast path to the full one.
   *
   * @param answer the answer, not null
   * @return the result
   */
  static ParseResult parseNormalized(String answer) {
    String text = LatexNormalizer.normalize(answer);
    if (text.isEmpty()) {
      return ParseResult.failure("empty answer", 0);
    }
    if (text.length() > MAX_LENGTH) {
      return ParseResult.failure("answer too long", 0);
    }
    if (isChoiceLetter(text)) {
      return ParseResult.of(new Expr.Text(text));
    }
    MathAnswerLexer lexer = new MathAnswerLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    ParseResult rejected = TokenCheck.check(tokens.getTokens(), MAX_DEPTH);
    if (rejected != null) {
      return rejected;
    }
    MathAnswer parser = new MathAnswer(tokens);
    parser.removeErrorListeners();
    parser.setBuildParseTree(true);
    MathAnswer.AnswerContext tree;
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      tree = parser.answer();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      ParseErrorCollector collector = new ParseErrorCollector();
      parser.addErrorListener(collector);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parser.answer();
      List<ParseError> errors = collector.errors();
      if (!errors.isEmpty()) {
        return new ParseResult(null, errors);
      }
    }
    return ParseResult.of(new AstBuilder().visit(tree));
  }

  /** {@code B} or {@code (B)}: a multiple-choice letter, kept as written. */
  private static boolean isChoiceLetter(String text) {
    int n = text.length();
    if (n == 1) {
      return isChoice(text.charAt(0));
    }
    return n == 3 && text.charAt(0) == '(' && isChoice(text.charAt(1)) && text.charAt(2) == ')';
  }

  private static boolean isChoice(char c) {
    return c >= 'A' && c <= 'E';
  }
}
