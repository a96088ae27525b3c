/**
 * The parser of final math answers: LaTeX or plain text in, an {@link
 * dev.rlvr.grader.math.expr.Expr} out.
 *
 * <p>{@link dev.rlvr.grader.math.parser.MathAnswerParser} is the entry point, with its result
 * types {@link dev.rlvr.grader.math.parser.ParseResult} and {@link
 * dev.rlvr.grader.math.parser.ParseError}. Everything else here is internal to the math grader
 * and may change without notice: the normaliser that runs before lexing, the ANTLR grammar
 * ({@code MathAnswerLexer.g4}, {@code MathAnswer.g4}) and its generated classes, which never
 * leave this package, and the builder that turns parse trees into syntax trees.
 */
package dev.rlvr.grader.math.parser;
