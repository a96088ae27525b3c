/**
 * Length and repetition shaping: the {@code overlong}, {@code cosine} and {@code repetition}
 * graders, rewards that are added to an accuracy reward rather than used alone.
 *
 * <p>Only the three {@code *GraderProvider} classes are public; they are registered in
 * {@code META-INF/services/dev.rlvr.api.GraderProvider}. Everything else in this package (the
 * length meter, the piecewise and cosine schedules, the n-gram counter) is an implementation
 * detail.
 */
package dev.rlvr.grader.format.shaping;
