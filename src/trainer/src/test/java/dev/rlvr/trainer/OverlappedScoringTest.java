package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import dev.rlvr.trainer.model.CharTokenizer;
import dev.rlvr.trainer.model.Completions;
import dev.rlvr.trainer.model.Generator;
import dev.rlvr.trainer.model.ModelShape;
import dev.rlvr.trainer.model.TinyTransformer;
import dev.rlvr.trainer.model.TokenSampler;
import dev.rlvr.trainer.model.Weights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows are handed to the reward engine as they complete, and the scores come back in row order. */
class OverlappedScoringTest {
  private static final int DIM = 16;
  private final CharTokenizer tokenizer = new CharTokenizer();
  private NDManager manager;
  private Weights weights;

  private record Report(int row, int[] tokens, boolean finished, boolean duringGeneration) {}

  @BeforeEach
  void open() {
    Engine.getInstance().setRandomSeed(11);
    manager = NDManager.newBaseManager();
    weights = Weights.random(new ModelShape(tokenizer.vocabularySize(), DIM, 1, 2, 40), manager);
  }

  @AfterEach
  void close() {
    manager.close();
  }

  private List<int[]> prompts() {
    return List.of(tokenizer.encode("1+2="), tokenizer.encode("What is 30 + 4?"), tokenizer.encode("9+9="));
  }

  // Zero final-norm gain and a head that reads only the norm's bias: every position's logits
  // are the same, with the end token on top, so greedy decoding stops every row at once.
  private void makeEveryRowStopAtOnce() {
    weights.get("lnf.g").set(new float[DIM]);
    float[] bias = new float[DIM];
    Arrays.fill(bias, 1f);
    weights.get("lnf.b").set(bias);
    int vocab = tokenizer.vocabularySize();
    float[] head = new float[DIM * vocab];
    for (int d = 0; d < DIM; d++) {
      head[d * vocab + CharTokenizer.EOS] = 1f;
    }
    weights.get("head").set(head);
  }

  private List<Report> generate(boolean stopAtEnd, Completions[] result) {
    List<Report> reports = new ArrayList<>();
    boolean[] returned = new boolean[1];
    result[0] = new Generator(new TinyTransformer(weights), true, CharTokenizer.EOS, stopAtEnd).generate(manager, prompts(), 6,
        new TokenSampler(0, 1, 1), (row, tokens, finished) -> reports.add(new Report(row, tokens, finished, !returned[0])));
    returned[0] = true;
    return reports;
  }

  @Test
  void rowsThatStopAreReportedDuringGenerationWithTheirTokens() {
    makeEveryRowStopAtOnce();
    Completions[] out = new Completions[1];
    List<Report> reports = generate(true, out);
    assertThat(reports).extracting(Report::row).containsExactlyInAnyOrder(0, 1, 2);
    for (Report r : reports) {
      assertThat(r.finished()).isTrue();
      assertThat(r.tokens()).containsExactly(CharTokenizer.EOS);
      assertThat(r.tokens()).containsExactly(out[0].tokens().get(r.row()));
    }
    assertThat(out[0].finished()).containsOnly(true);
  }

  @Test
  void rowsCutAtTheLimitAreReportedOnceAtTheEnd() {
    Completions[] out = new Completions[1];
    List<Report> reports = generate(false, out);
    assertThat(reports).extracting(Report::row).containsExactly(0, 1, 2);
    for (Report r : reports) {
      assertThat(r.finished()).isFalse();
      assertThat(r.tokens()).hasSize(6).containsExactly(out[0].tokens().get(r.row()));
    }
  }

  @Test
  void rowsSubmittedOutOfOrderScoreLikeABatch() {
    List<String> prompts = List.of("What is 2 + 3?", "What is 4 + 4?", "What is 1 + 1?");
    List<String> answers = List.of("5", "8", "2");
    List<String> completions = List.of(" 2+3=5 </think> <answer>5</answer>", " no idea </think> <answer>7</answer>",
        " 1+1 </think><answer>2</answer>");
    try (RewardScorer scorer = RewardScorer.open("r1-zero-math", Map.of(), 2)) {
      Scores batch = scorer.score(prompts, completions, answers);
      RewardScorer.Pending pending = scorer.start(prompts, answers);
      for (int row : new int[] {2, 0, 1}) {
        pending.submit(row, completions.get(row));
      }
      Scores streamed = pending.join();
      assertThat(streamed.rewards()).containsExactly(batch.rewards());
      assertThat(streamed.components().get("accuracy")).containsExactly(1, 0, 1);
    }
  }

  @Test
  void aRowSubmittedTwiceOrNeverIsAnError() {
    try (RewardScorer scorer = RewardScorer.open("r1-zero-math", Map.of(), 1)) {
      RewardScorer.Pending pending = scorer.start(List.of("q", "q"), List.of("1", "2"));
      pending.submit(0, "<answer>1</answer>");
      assertThatThrownBy(() -> pending.submit(0, "<answer>1</answer>")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("row 0");
      assertThatThrownBy(pending::join).isInstanceOf(IllegalStateException.class).hasMessageContaining("row 1");
    }
  }

  // DAPO's overlong shaping must count the policy's tokens, not the decoded text's characters.
  @Test
  void overlongShapingCountsThePolicysOwnTokens() {
    Path recipe = Path.of("../../src/trainer/config/dapo-math-recipe.yaml").toAbsolutePath().normalize();
    try (RewardScorer scorer = RewardScorer.open(recipe.toString(), Map.of(), 1)) {
      RewardScorer.Pending pending = scorer.start(List.of("q", "q", "q"), List.of("5", "5", "5"));
      String shortText = " 2+3=5 </think> <answer>5</answer>";
      pending.submit(0, shortText, 30);
      pending.submit(1, shortText, 46); // half-way down the 4-token ramp before 48
      pending.submit(2, shortText, 48);
      double[] overlong = pending.join().components().get("overlong");
      assertThat(overlong).containsExactly(0.0, -0.5, -1.0);
    }
  }
}
