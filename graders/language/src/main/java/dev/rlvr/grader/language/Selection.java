package dev.rlvr.grader.language;

/**
 * The text a grade measures and where it came from.
 *
 * @param text the text; never null
 * @param source where it came from, as reported in the details ({@code think_block}...)
 */
record Selection(String text, String source) {}
