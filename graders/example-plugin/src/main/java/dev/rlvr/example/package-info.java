/**
 * An example grader plugin, written only against the public SPI ({@link dev.rlvr.api}), the way
 * a user would write one.
 *
 * <p>{@link dev.rlvr.example.ExactMatchGraderProvider} adds the {@code exact-match} grader: it
 * takes the completion's final answer (the last {@code <answer>} block, else the text after the
 * last {@code </think>}, else the whole completion; the content of a {@code \boxed{}} there) and
 * compares it with the gold answers,
 * SQuAD-style normalised, byte for byte, or as regular expressions. It is registered in
 * {@code META-INF/services/dev.rlvr.api.GraderProvider} and ships the recipe {@code exact-match}.
 * Everything but the provider is package-private.
 */
package dev.rlvr.example;
