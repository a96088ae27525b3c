package dev.rlvr.grader.code.extract;

import dev.rlvr.sandbox.Language;
import java.util.Optional;

/**
 * The program found in a completion.
 *
 * @param source the code
 * @param fenceLanguage the language its fence names, if it names one rlvr runs
 * @param infoTag the fence's tag as written (may be empty)
 */
public record ExtractedCode(String source, Optional<Language> fenceLanguage, String infoTag) {
}
