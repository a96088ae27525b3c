package dev.rlvr.grader.math.equiv;

/**
 * What every comparison of one {@link Equivalence} shares. Immutable.
 *
 * @param options the options
 * @param base the working precision
 * @param fine the precision of a second look at near misses
 * @param identityShortcut whether identical trees are equal without a look inside them (off
 *     only in tests of the rest of the logic)
 */
record Settings(
    EquivalenceOptions options, Precision base, Precision fine, boolean identityShortcut) {
  static Settings of(EquivalenceOptions options, boolean identityShortcut) {
    Precision base = Precision.of(options.digits());
    return new Settings(options, base, base.finer(), identityShortcut);
  }

  /** The method name of numeric comparison at the working precision. */
  String numericMethod() {
    return "numeric " + base.digits() + " digits";
  }
}
