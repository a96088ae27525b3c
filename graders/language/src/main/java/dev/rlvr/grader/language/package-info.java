/**
 * The {@code language} grader: how much of a chain of thought is in the language it should be
 * in (DeepSeek-R1's language-consistency reward).
 *
 * <p>Only {@link dev.rlvr.grader.language.LanguageGraderProvider} is public; it is registered in
 * {@code META-INF/services/dev.rlvr.api.GraderProvider}. Everything else in this package is an
 * implementation detail: choosing the text, blanking code, LaTeX, URLs and markup, ICU word and
 * script data, the Lingua detector for languages that share a script, and the options.
 */
package dev.rlvr.grader.language;
