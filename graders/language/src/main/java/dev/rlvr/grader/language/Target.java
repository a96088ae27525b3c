package dev.rlvr.grader.language;

/**
 * The language a chain of thought should be in, and how it was found.
 *
 * @param language the language
 * @param source {@code record} (its {@code target_language}), {@code prompt} or {@code default}
 */
record Target(Language language, String source) {}
