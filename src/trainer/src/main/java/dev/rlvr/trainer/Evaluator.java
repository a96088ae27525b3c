package dev.rlvr.trainer;

import ai.djl.ndarray.NDManager;
import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.data.PromptTemplate;
import dev.rlvr.trainer.model.Generator;
import dev.rlvr.trainer.model.TinyTransformer;
import dev.rlvr.trainer.model.TokenCodec;
import dev.rlvr.trainer.model.TokenSampler;
import java.util.ArrayList;
import java.util.List;

/** Held-out accuracy: one greedy completion per problem, scored by the same reward engine. */
public final class Evaluator {
  private final RewardScorer scorer;
  private final PromptTemplate template;
  private final TokenCodec tokenizer;
  private final int maxTokens;

  /**
   * Creates an evaluator.
   *
   * @param scorer the reward engine
   * @param template the prompt template
   * @param maxTokens the completion length limit
   * @param tokenizer the policy's tokenizer
   */
  public Evaluator(RewardScorer scorer, PromptTemplate template, int maxTokens, TokenCodec tokenizer) {
    this.scorer = scorer;
    this.tokenizer = tokenizer;
    this.template = template;
    this.maxTokens = maxTokens;
  }

  /**
   * Scores the model on problems.
   *
   * @param model the policy
   * @param manager the device manager
   * @param problems the held-out problems
   * @return the scores (use {@code fullMarks("accuracy")})
   */
  public Scores evaluate(TinyTransformer model, NDManager manager, List<Problem> problems) {
    List<int[]> prompts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (Problem p : problems) {
      String text = template.apply(p);
      texts.add(text);
      prompts.add(tokenizer.encode(text));
      answers.add(p.answer());
    }
    // As in training: each answer is graded while the other rows are still generating.
    RewardScorer.Pending pending = scorer.start(texts, answers);
    new Generator(model, true, tokenizer.endId()).generate(manager, prompts, maxTokens, new TokenSampler(0, 1, 0),
        (row, tokens, finished) -> pending.submit(row, tokenizer.decode(tokens, 0, tokens.length), tokens.length));
    return pending.join();
  }
}
