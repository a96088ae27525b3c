package dev.rlvr.grader.code.extract;

import dev.rlvr.sandbox.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the program out of a completion: the fenced blocks of its answer section, those whose
 * tag names another language (or is prose like "text" or "output") left out, then the last (or
 * first, or longest) of them. No block means no answer: prose is never run as code.
 */
public final class CodeExtractor {
  /** Fence tags that mark examples and transcripts, not programs. */
  private static final Set<String> NOT_CODE = Set.of("text", "txt", "plaintext", "output", "console", "shell",
      "bash", "sh", "json", "markdown", "md", "input", "stdin", "stdout", "diff", "yaml", "xml", "html", "math",
      "latex", "tex");

  private final AnswerSection section;
  private final BlockChoice choice;

  public CodeExtractor(AnswerSection section, BlockChoice choice) {
    this.section = section;
    this.choice = choice;
  }

  /**
   * @param completion the model's completion
   * @param wanted the language the program must be in, when one is required; else empty
   * @return the program, or empty when the answer section has no usable block
   */
  public Optional<ExtractedCode> extract(String completion, Optional<Language> wanted) {
    String text = section.of(completion);
    if (text == null) {
      return Optional.empty();
    }
    List<ExtractedCode> candidates = new ArrayList<>();
    for (FencedBlock block : FencedBlocks.of(text)) {
      if (block.code().isBlank() || NOT_CODE.contains(block.infoTag())) {
        continue;
      }
      Optional<Language> language = Language.find(block.infoTag());
      boolean unknownTag = !block.infoTag().isEmpty() && language.isEmpty();
      if (unknownTag) {
        continue; // ```rust in a Python task is not the answer; ```python beside it may be
      }
      if (wanted.isPresent() && language.isPresent() && language.get() != wanted.get()) {
        continue;
      }
      candidates.add(new ExtractedCode(block.code(), language, block.infoTag()));
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(switch (choice) {
      case FIRST -> candidates.get(0);
      case LAST -> candidates.get(candidates.size() - 1);
      case LONGEST -> candidates.stream().max(Comparator.comparingInt(c -> c.source().length())).orElseThrow();
    });
  }
}
