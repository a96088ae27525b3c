package dev.rlvr.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Keys and values of every layer seen so far, (batch, heads, length, head dim), so generating a
 * token runs the model on that token alone. The arrays live in the cache's own manager; each
 * append replaces them with the concatenation and frees the old ones.
 */
public final class KvCache implements AutoCloseable {
  private final NDManager manager;
  private final NDArray[] keys;
  private final NDArray[] values;

  /**
   * An empty cache.
   *
   * @param parent the manager whose child holds the cache
   * @param layers the model's layer count
   */
  public KvCache(NDManager parent, int layers) {
    this.manager = parent.newSubManager();
    this.keys = new NDArray[layers];
    this.values = new NDArray[layers];
  }

  /**
   * How many positions the cache holds.
   *
   * @return the cached length
   */
  public long length() {
    return keys[0] == null ? 0 : keys[0].getShape().get(2);
  }

  NDArray[] append(int layer, NDArray k, NDArray v) {
    keys[layer] = grow(keys[layer], k);
    values[layer] = grow(values[layer], v);
    return new NDArray[] {keys[layer], values[layer]};
  }

  private NDArray grow(NDArray old, NDArray fresh) {
    if (old == null) {
      NDArray copy = fresh.duplicate();
      copy.attach(manager);
      return copy;
    }
    NDArray joined = old.concat(fresh, 2);
    joined.attach(manager);
    old.close();
    return joined;
  }

  @Override
  public void close() {
    manager.close();
  }
}
