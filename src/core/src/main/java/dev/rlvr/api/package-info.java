/**
 * The grader SPI: the only package a plug-in compiles against.
 *
 * <p>A grader turns a {@link dev.rlvr.api.Rollout} (prompt and model completion) and a
 * {@link dev.rlvr.api.Reference} (gold answers, test cases) into a {@link dev.rlvr.api.Score}.
 * A {@link dev.rlvr.api.GraderProvider} names a grader, describes its options and creates it; it
 * is found with {@link java.util.ServiceLoader}, so a jar registers its providers in
 * {@code META-INF/services/dev.rlvr.api.GraderProvider}, one class name per line. Built-in
 * graders are registered in exactly the same way.
 */
package dev.rlvr.api;
