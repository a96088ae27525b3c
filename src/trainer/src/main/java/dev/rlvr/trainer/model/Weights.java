package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named parameter arrays of a {@link TinyTransformer}, owned by one long-lived manager.
 * Checkpoints are a small header (the shape) then each array in DJL's own encoding.
 */
public final class Weights implements AutoCloseable {
  private static final int MAGIC = 0x524c5654; // "RLVT"
  private final ModelShape shape;
  private final NDManager manager;
  private final Map<String, NDArray> arrays;

  private Weights(ModelShape shape, NDManager manager, Map<String, NDArray> arrays) {
    this.shape = shape;
    this.manager = manager;
    this.arrays = arrays;
  }

  /**
   * Random initial weights: N(0, 0.02), residual projections scaled by 1/sqrt(2 layers) as in
   * GPT-2 so the residual stream does not grow with depth; LayerNorm gains 1, biases 0.
   *
   * @param shape the model size
   * @param parent the manager whose child will own the arrays
   * @return trainable weights
   */
  public static Weights random(ModelShape shape, NDManager parent) {
    NDManager m = parent.newSubManager();
    Map<String, NDArray> a = new LinkedHashMap<>();
    int d = shape.dim();
    float residual = (float) (0.02 / Math.sqrt(2.0 * shape.layers()));
    a.put("tok", normal(m, 0.02f, shape.vocabulary(), d));
    a.put("pos", normal(m, 0.02f, shape.context(), d));
    for (int l = 0; l < shape.layers(); l++) {
      String p = "l" + l + ".";
      a.put(p + "ln1.g", m.ones(new Shape(d)));
      a.put(p + "ln1.b", m.zeros(new Shape(d)));
      a.put(p + "qkv.w", normal(m, 0.02f, d, 3 * d));
      a.put(p + "qkv.b", m.zeros(new Shape(3 * d)));
      a.put(p + "proj.w", normal(m, residual, d, d));
      a.put(p + "proj.b", m.zeros(new Shape(d)));
      a.put(p + "ln2.g", m.ones(new Shape(d)));
      a.put(p + "ln2.b", m.zeros(new Shape(d)));
      a.put(p + "fc1.w", normal(m, 0.02f, d, 4 * d));
      a.put(p + "fc1.b", m.zeros(new Shape(4 * d)));
      a.put(p + "fc2.w", normal(m, residual, 4 * d, d));
      a.put(p + "fc2.b", m.zeros(new Shape(d)));
    }
    a.put("lnf.g", m.ones(new Shape(d)));
    a.put("lnf.b", m.zeros(new Shape(d)));
    a.put("head", normal(m, 0.02f, d, shape.vocabulary()));
    return new Weights(shape, m, a).trainable(true);
  }

  private static NDArray normal(NDManager m, float std, long... dims) {
    return m.randomNormal(0f, std, new Shape(dims), DataType.FLOAT32);
  }

  private Weights trainable(boolean on) {
    arrays.values().forEach(x -> x.setRequiresGradient(on));
    return this;
  }

  /**
   * A frozen copy (the reference model, or the policy before an update).
   *
   * @param parent the manager whose child will own the copy
   * @return weights without gradients
   */
  public Weights frozenCopy(NDManager parent) {
    NDManager m = parent.newSubManager();
    Map<String, NDArray> copy = new LinkedHashMap<>();
    arrays.forEach((name, x) -> {
      NDArray c = x.stopGradient().duplicate();
      c.attach(m);
      copy.put(name, c);
    });
    return new Weights(shape, m, copy);
  }

  /**
   * The model size.
   *
   * @return the shape
   */
  public ModelShape shape() {
    return shape;
  }

  /**
   * One array by name.
   *
   * @param name such as {@code l0.qkv.w}
   * @return the array
   */
  public NDArray get(String name) {
    NDArray x = arrays.get(name);
    if (x == null) {
      throw new IllegalArgumentException("no weight " + name);
    }
    return x;
  }

  /**
   * Every array in a fixed order.
   *
   * @return names to arrays
   */
  public Map<String, NDArray> all() {
    return Collections.unmodifiableMap(arrays);
  }

  /**
   * The number of scalars.
   *
   * @return the parameter count
   */
  public long parameterCount() {
    return arrays.values().stream().mapToLong(x -> x.getShape().size()).sum();
  }

  /**
   * Writes a checkpoint.
   *
   * @param out where to
   * @throws IOException when writing fails
   */
  public void save(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    for (int v : new int[] {shape.vocabulary(), shape.dim(), shape.layers(), shape.heads(), shape.context()}) {
      data.writeInt(v);
    }
    data.writeInt(arrays.size());
    for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
      byte[] bytes = e.getValue().stopGradient().encode();
      data.writeUTF(e.getKey());
      data.writeInt(bytes.length);
      data.write(bytes);
    }
    data.flush();
  }

  /**
   * Reads a checkpoint written by {@link #save}.
   *
   * @param in where from
   * @param parent the manager whose child will own the arrays
   * @return trainable weights
   * @throws IOException when reading fails or the data is not a checkpoint
   */
  public static Weights load(InputStream in, NDManager parent) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("not an rlvr trainer checkpoint");
    }
    ModelShape shape = new ModelShape(data.readInt(), data.readInt(), data.readInt(), data.readInt(), data.readInt());
    NDManager m = parent.newSubManager();
    Map<String, NDArray> a = new LinkedHashMap<>();
    int n = data.readInt();
    for (int i = 0; i < n; i++) {
      String name = data.readUTF();
      byte[] bytes = new byte[data.readInt()];
      data.readFully(bytes);
      a.put(name, NDArray.decode(m, bytes));
    }
    return new Weights(shape, m, a).trainable(true);
  }

  @Override
  public void close() {
    manager.close();
  }
}
