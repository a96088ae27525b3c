/**
 * The {@code format} grader: checks that a completion follows the think/answer format of
 * reasoning RL and rejects the known ways of gaming a format reward.
 *
 * <p>Only {@link dev.rlvr.grader.format.FormatGraderProvider} is public; it is registered in
 * {@code META-INF/services/dev.rlvr.api.GraderProvider}. Everything else in this package is an
 * implementation detail: a linear tag scanner (no backtracking regular expressions, so 1 MB
 * completions are cheap), the layout of the think and answer blocks, and the options.
 */
package dev.rlvr.grader.format;
