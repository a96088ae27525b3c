package dev.rlvr.trainer.model;

/**
 * The size of the transformer.
 *
 * @param vocabulary token ids
 * @param dim the model width
 * @param layers transformer blocks
 * @param heads attention heads; must divide dim
 * @param context the longest sequence (prompt plus completion) it can see
 */
public record ModelShape(int vocabulary, int dim, int layers, int heads, int context) {

  /** Validates. */
  public ModelShape {
    if (vocabulary < 2 || dim < 1 || layers < 1 || heads < 1 || context < 2) {
      throw new IllegalArgumentException("invalid model shape " + vocabulary + "/" + dim + "/" + layers + "/" + heads + "/" + context);
    }
    if (dim % heads != 0) {
      throw new IllegalArgumentException("heads (" + heads + ") must divide dim (" + dim + ")");
    }
  }
}
