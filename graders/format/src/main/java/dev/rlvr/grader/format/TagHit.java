package dev.rlvr.grader.format;

/**
 * A tag found in a text.
 *
 * @param tag which tag
 * @param start the index of its {@code <}
 * @param end the index just after its {@code >}
 */
record TagHit(Tag tag, int start, int end) {}
