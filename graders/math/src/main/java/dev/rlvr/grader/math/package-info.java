/**
 * The {@code math} grader: finds the final committed answer of a completion (the last
 * {@code \boxed{}}, or a configured answer statement), parses it and the gold answer into one
 * syntax tree, and decides equivalence as a careful mathematician would. Only
 * {@link dev.rlvr.grader.math.MathGraderProvider} is public; the parser lives in
 * {@code .parser}, the tree in {@code .expr}, the equivalence checker in {@code .equiv}.
 */
package dev.rlvr.grader.math;
