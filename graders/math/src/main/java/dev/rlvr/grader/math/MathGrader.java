package dev.rlvr.grader.math;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.grader.math.equiv.Comparison;
import dev.rlvr.grader.math.equiv.Equivalence;
import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.parser.ParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a math completion: extracts the final answer, parses it and every gold answer, and
 * reports CORRECT when it equals any gold. Stateless apart from the bounded cache of parsed golds.
 */
final class MathGrader implements Grader {
  private static final int DETAIL_CHARS = 200;

  private final AnswerExtractor extractor;
  private final Equivalence equivalence;
  private final ParsedAnswers parsed = new ParsedAnswers();

  MathGrader(MathOptions options) {
    this.extractor = new AnswerExtractor(options.source(), options.fallbacks(), options.lastNumber());
    this.equivalence = new Equivalence(options.equivalence());
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    List<String> golds = reference.answers().stream().filter(g -> !g.isBlank()).toList();
    if (golds.isEmpty()) {
      return Score.error(Verdict.INVALID_INPUT, "the record has no gold answer");
    }
    FinalAnswer answer = extractor.extract(rollout.completion());
    if (!answer.found()) {
      return Score.error(Verdict.NO_ANSWER, answer.problem());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("pred", clip(answer.text()));
    details.put("source", answer.source());
    context.checkCancelled();
    Judgement best = null;
    for (String gold : golds) {
      Judgement j = judge(gold, answer, context);
      if (j.verdict() == Verdict.CORRECT) {
        return score(j, gold, details);
      }
      if (best == null || j.verdict() == Verdict.INCORRECT && best.verdict() != Verdict.INCORRECT) {
        best = j;
      }
    }
    return score(best, golds.size() == 1 ? golds.get(0) : String.join(" | ", golds), details);
  }

  /** One gold against the answer. */
  private record Judgement(Verdict verdict, String method, String reason) {}

  private Judgement judge(String goldText, FinalAnswer answer, GradeContext context) {
    ParseResult gold = parsed.gold(goldText);
    if (!gold.ok()) {
      if (TextMatch.same(goldText, answer.text())) {
        return new Judgement(Verdict.CORRECT, "text", "equal as text (gold not parseable)");
      }
      return new Judgement(Verdict.INVALID_INPUT, "parse", "gold answer not parseable: " + firstError(gold));
    }
    Expr pred = parseAnswer(answer);
    if (pred == null) {
      return TextMatch.same(goldText, answer.text())
          ? new Judgement(Verdict.CORRECT, "text", "equal as text")
          : new Judgement(Verdict.INCORRECT, "parse", "answer not parseable as math and not equal as text");
    }
    Comparison c = equivalence.compare(gold.expr(), pred, context);
    return switch (c.outcome()) {
      case EQUAL -> new Judgement(Verdict.CORRECT, c.method(), c.detail());
      case NOT_EQUAL -> answer.isHedge()
          ? new Judgement(Verdict.INCORRECT, c.method(), "several different final answers (a hedge): " + c.detail())
          : new Judgement(Verdict.INCORRECT, c.method(), c.detail());
      case UNDECIDABLE -> new Judgement(Verdict.INVALID_INPUT, c.method(), "cannot decide: " + c.detail());
    };
  }

  /** The answer's tree: one candidate, or the candidates of a hedge as a list of alternatives. */
  private Expr parseAnswer(FinalAnswer answer) {
    List<Expr> items = new ArrayList<>();
    for (String candidate : answer.candidates()) {
      ParseResult r = parsed.answer(candidate);
      if (!r.ok()) {
        return null;
      }
      items.add(r.expr());
    }
    return items.size() == 1 ? items.get(0) : new Expr.ExprList(items, Expr.Joiner.OR);
  }

  private static Score score(Judgement j, String gold, Map<String, Object> details) {
    details.put("gold", clip(gold));
    details.put("method", j.method());
    String reason = j.reason() == null || j.reason().isBlank() ? j.method() : j.reason();
    double value = j.verdict() == Verdict.CORRECT ? 1.0 : 0.0;
    return Score.of(value, j.verdict(), reason).withDetails(details);
  }

  private static String firstError(ParseResult r) {
    return r.errors().isEmpty() ? "unknown error" : r.errors().get(0).message();
  }

  private static String clip(String s) {
    return s.length() <= DETAIL_CHARS ? s : s.substring(0, DETAIL_CHARS) + "...";
  }
}
