package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.LayerNorm;

/**
 * A GPT-style causal transformer: token and position embeddings, pre-LN blocks of multi-head
 * causal self-attention and a GELU MLP, a final LayerNorm and an output projection.
 *
 * <p>Embeddings are one-hot products rather than gathers from the weight table, so the result
 * belongs to the batch's manager (an op on a weight would land in the weights' manager and
 * leak every step). Stateless apart from the weights it reads; not thread-safe while they train.
 */
public final class TinyTransformer {
  private final Weights weights;
  private final ModelShape shape;

  /**
   * Wraps weights.
   *
   * @param weights the parameters
   */
  public TinyTransformer(Weights weights) {
    this.weights = weights;
    this.shape = weights.shape();
  }

  /**
   * The weights this model reads.
   *
   * @return the weights
   */
  public Weights weights() {
    return weights;
  }

  /**
   * Runs new positions through the model.
   *
   * @param tokens (B, T) int32 token ids of the new positions
   * @param positions (B, T) int32 positions
   * @param keyBias (B, cached + T) float: 0 for visible keys, -1e9 for padding
   * @param cache the cache to read and extend, or null to attend within {@code tokens} only
   * @return (B, T, vocabulary) logits
   */
  public NDArray logits(NDArray tokens, NDArray positions, NDArray keyBias, KvCache cache) {
    NDManager m = tokens.getManager();
    long batch = tokens.getShape().get(0);
    long t = tokens.getShape().get(1);
    long offset = cache == null ? 0 : cache.length();
    NDArray x = tokens.oneHot(shape.vocabulary(), DataType.FLOAT32).matMul(weights.get("tok"))
        .add(positions.oneHot(shape.context(), DataType.FLOAT32).matMul(weights.get("pos")));
    NDArray bias = keyBias.reshape(batch, 1, 1, offset + t);
    if (t > 1) { // a single new position may see every key: no causal mask to add
      bias = bias.add(causalBias(m, t, offset));
    }
    for (int l = 0; l < shape.layers(); l++) {
      x = block(x, bias, l, cache);
    }
    return norm(x, "lnf").matMul(weights.get("head"));
  }

  private NDArray block(NDArray x, NDArray bias, int layer, KvCache cache) {
    String p = "l" + layer + ".";
    long batch = x.getShape().get(0);
    long t = x.getShape().get(1);
    int h = shape.heads();
    int dh = shape.dim() / h;
    NDList qkv = norm(x, p + "ln1").matMul(weights.get(p + "qkv.w")).add(weights.get(p + "qkv.b")).split(3, 2);
    NDArray q = heads(qkv.get(0), batch, t, h, dh);
    NDArray k = heads(qkv.get(1), batch, t, h, dh);
    NDArray v = heads(qkv.get(2), batch, t, h, dh);
    if (cache != null) {
      NDArray[] kv = cache.append(layer, k, v);
      k = kv[0];
      v = kv[1];
    }
    NDArray scale = Scalars.of(x.getManager(), (float) (1 / Math.sqrt(dh)));
    NDArray attention = q.matMul(k.transpose(0, 1, 3, 2)).mul(scale).add(bias)
        .softmax(3).matMul(v).transpose(0, 2, 1, 3).reshape(batch, t, shape.dim());
    x = x.add(attention.matMul(weights.get(p + "proj.w")).add(weights.get(p + "proj.b")));
    NDArray hidden = Activation.gelu(norm(x, p + "ln2").matMul(weights.get(p + "fc1.w")).add(weights.get(p + "fc1.b")));
    return x.add(hidden.matMul(weights.get(p + "fc2.w")).add(weights.get(p + "fc2.b")));
  }

  private static NDArray heads(NDArray x, long batch, long t, int h, int dh) {
    return x.reshape(batch, t, h, dh).transpose(0, 2, 1, 3);
  }

  // Normalises over the last axis only (the model width): an explicit normalized shape, which
  // is what LayerNorm's builder gets wrong for (N, T, D) unless told axis 2.
  private NDArray norm(NDArray x, String name) {
    return LayerNorm.layerNorm(x, new Shape(shape.dim()), weights.get(name + ".g"), weights.get(name + ".b"), 1e-5f)
        .singletonOrThrow();
  }

  // Query i (at absolute position offset + i) may see keys 0 .. offset + i.
  private static NDArray causalBias(NDManager m, long t, long offset) {
    int keys = (int) (offset + t);
    float[] bias = new float[(int) t * keys];
    for (int i = 0; i < t; i++) {
      for (int j = (int) offset + i + 1; j < keys; j++) {
        bias[i * keys + j] = PaddedBatch.HIDDEN;
      }
    }
    return m.create(bias, new Shape(1, 1, t, keys));
  }
}
