package dev.rlvr.grader.code.extract;

/**
 * A fenced code block of a markdown text.
 *
 * @param infoTag the first word after the opening fence ("python", "c++"), lower case; may be empty
 * @param code the block's content
 * @param closed whether a closing fence ended it (an unclosed last block runs to the end of the text)
 */
public record FencedBlock(String infoTag, String code, boolean closed) {
}
