package dev.rlvr.grader.format.shaping;

/**
 * A measured length.
 *
 * @param value the length, never negative
 * @param unit {@code tokens}, {@code chars} or {@code model_tokens} (read from the rollout)
 * @param source {@code counted}, or {@code metadata:<key>} when the trainer supplied it
 */
record Length(long value, String unit, String source) {}
