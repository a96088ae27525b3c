package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Samples completions for a batch of prompts. With the KV cache the prompt is run once and
 * each later step runs the model on one token per row; without it (kept for the benchmark and
 * as the test oracle) every step re-runs the whole sequence. Each step's arrays live in a
 * sub-manager closed at the end of the step; only the cache outlives it.
 */
public final class Generator {
  private final TinyTransformer model;
  private final boolean useCache;
  private final boolean stopAtEnd;
  private final int endId;

  /**
   * Creates a generator that stops a row at its end token.
   *
   * @param model the policy
   * @param useCache whether to keep keys and values between steps
   * @param endId the tokenizer's end token
   */
  public Generator(TinyTransformer model, boolean useCache, int endId) {
    this(model, useCache, endId, true);
  }

  /**
   * Creates a generator.
   *
   * @param model the policy
   * @param useCache whether to keep keys and values between steps
   * @param endId the tokenizer's end token
   * @param stopAtEnd false to sample every row to the length limit, end tokens included
   *     (vLLM's {@code ignore_eos}: a fixed workload for benchmarks)
   */
  public Generator(TinyTransformer model, boolean useCache, int endId, boolean stopAtEnd) {
    this.model = model;
    this.useCache = useCache;
    this.endId = endId;
    this.stopAtEnd = stopAtEnd;
  }

  /**
   * Generates.
   *
   * @param manager the manager for this call's arrays
   * @param prompts token ids, one array per row
   * @param maxTokens the completion length limit
   * @param sampler picks tokens
   * @return the completions
   */
  public Completions generate(NDManager manager, List<int[]> prompts, int maxTokens, TokenSampler sampler) {
    return generate(manager, prompts, maxTokens, sampler, null);
  }

  /** Told of each row the moment its completion is final, so it can be scored while other rows generate. */
  @FunctionalInterface
  public interface RowListener {
    /**
     * One row is complete.
     *
     * @param row the row
     * @param tokens its completion, the end token included when it finished
     * @param finished true for an end token, false for the length limit
     */
    void completed(int row, int[] tokens, boolean finished);
  }

  /**
   * Generates, reporting rows as they complete: at their end token during generation, the rest
   * (cut at the length limit) at the end, each row once.
   *
   * @param manager the manager for this call's arrays
   * @param prompts token ids, one array per row
   * @param maxTokens the completion length limit
   * @param sampler picks tokens
   * @param listener told of each completed row; may be null
   * @return the completions
   */
  public Completions generate(
      NDManager manager, List<int[]> prompts, int maxTokens, TokenSampler sampler, RowListener listener) {
    int rows = prompts.size();
    int vocab = model.weights().shape().vocabulary();
    PaddedBatch layout = PaddedBatch.of(prompts, nCopies(rows), maxTokens);
    int width = layout.width();
    int[] tokens = layout.tokens().clone();
    int p = layout.promptWidth();
    int[] lengths = new int[rows];
    boolean[] finished = new boolean[rows];
    long sampled = 0;
    // Positions and key bias are known up front: one upload per call, sliced on the device per
    // token (a GPU pays a host-to-device copy for every array made from Java data).
    try (NDManager call = manager.newSubManager();
        KvCache cache = useCache ? new KvCache(manager, model.weights().shape().layers()) : null) {
      NDArray allPositions = call.create(layout.positions(), new Shape(rows, width));
      NDArray allBias = call.create(layout.keyBias(), new Shape(rows, width));
      for (int step = 0; step < maxTokens && !allTrue(finished); step++) {
        int from = useCache && step > 0 ? p + step - 1 : 0;
        int to = p + step;
        float[] last;
        try (NDManager scope = manager.newSubManager()) {
          NDArray positions = allPositions.get(new NDIndex(":, {}:{}", from, to));
          NDArray bias = allBias.get(new NDIndex(":, 0:{}", to));
          positions.attach(scope);
          bias.attach(scope);
          NDArray logits = model.logits(slice(scope, tokens, width, rows, from, to), positions, bias, cache);
          last = sampler.prepare(logits.get(":, -1, :")).toFloatArray();
        }
        for (int r = 0; r < rows; r++) {
          if (finished[r]) {
            continue;
          }
          int next = sampler.pick(last, r * vocab, vocab);
          tokens[r * width + p + step] = next;
          lengths[r]++;
          sampled++;
          finished[r] = stopAtEnd && next == endId;
          if (finished[r] && listener != null) {
            listener.completed(r, completion(tokens, r, width, p, lengths[r]), true);
          }
        }
      }
    }
    List<int[]> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      out.add(completion(tokens, r, width, p, lengths[r]));
      if (!finished[r] && listener != null) {
        listener.completed(r, out.get(r), false);
      }
    }
    return new Completions(out, finished, sampled);
  }

  private static int[] completion(int[] tokens, int row, int width, int promptWidth, int length) {
    return Arrays.copyOfRange(tokens, row * width + promptWidth, row * width + promptWidth + length);
  }

  private static NDArray slice(NDManager m, int[] data, int width, int rows, int from, int to) {
    int n = to - from;
    int[] out = new int[rows * n];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(data, r * width + from, out, r * n, n);
    }
    return m.create(out, new Shape(rows, n));
  }

  private static List<int[]> nCopies(int rows) {
    List<int[]> empty = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      empty.add(new int[0]);
    }
    return empty;
  }

  private static boolean allTrue(boolean[] flags) {
    for (boolean f : flags) {
      if (!f) {
        return false;
      }
    }
    return true;
  }
}
