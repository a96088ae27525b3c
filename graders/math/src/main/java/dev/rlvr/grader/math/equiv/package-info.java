/**
 * The math grader's equivalence checker: {@link dev.rlvr.grader.math.equiv.Equivalence} decides
 * whether a parsed answer equals the parsed gold, exactly where it can (big rationals),
 * numerically at high precision where it must (radicals, pi, logs), at random points for
 * expressions in variables, and structurally for sets, tuples, intervals, matrices, equations
 * and inequalities.
 *
 * <p>Only {@code Equivalence}, {@code EquivalenceOptions}, {@code PercentPolicy} and
 * {@code Comparison} are meant for use outside this package; everything else is an internal
 * detail of the checker and may change without notice.
 */
package dev.rlvr.grader.math.equiv;
