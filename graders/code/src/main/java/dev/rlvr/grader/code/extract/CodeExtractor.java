package dev.rlvr.grader.code.extract;

import dev.rlvr.sandbox.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Takes the program out of a completion: the fenced blocks of its answer section, those whose
 * tag names another language (or is prose like "text" or "output") left out, then the last (or
 * first, or longest) of them. No block means no answer: prose is never run as code.
 *
 * <p>Before choosing, the candidates narrow in steps, each only when it leaves one at least:
 * blocks in the record's language (or untagged) over the others (a Python brute force after the
 * C++ answer), blocks whose fence names a language over untagged ones (an untagged sample input
 * after the solution is not the program), and blocks that define the function the tests call over those
 * that only call it (a block of asserts after the solution).
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
    return extract(completion, wanted, Optional.empty(), "");
  }

  /**
   * @param completion the model's completion
   * @param wanted the language the program must be in, when one is required; else empty
   * @param preferred the language the record names, whose blocks win over others; may be empty
   * @param function the function the tests call, whose defining blocks win; may be empty
   * @return the program, or empty when the answer section has no usable block
   */
  public Optional<ExtractedCode> extract(String completion, Optional<Language> wanted, Optional<Language> preferred,
      String function) {
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
    if (preferred.isPresent()) {
      candidates = narrow(candidates, c -> c.fenceLanguage().map(preferred.get()::equals).orElse(true));
    }
    candidates = narrow(candidates, c -> c.fenceLanguage().isPresent());
    if (function != null && !function.isBlank()) {
      Pattern defines = definition(function.strip());
      candidates = narrow(candidates, c -> defines.matcher(c.source()).find());
    }
    return Optional.of(switch (choice) {
      case FIRST -> candidates.get(0);
      case LAST -> candidates.get(candidates.size() - 1);
      case LONGEST -> candidates.stream().max(Comparator.comparingInt(c -> c.source().length())).orElseThrow();
    });
  }

  /** The candidates that pass, or all of them when none does. */
  private static List<ExtractedCode> narrow(List<ExtractedCode> candidates, Predicate<ExtractedCode> keep) {
    List<ExtractedCode> kept = candidates.stream().filter(keep).toList();
    return kept.isEmpty() ? candidates : kept;
  }

  /**
   * A definition of the function: Python's def, JavaScript's function, assignment or class method,
   * a Java method.
   */
  private static Pattern definition(String function) {
    String name = Pattern.quote(function);
    return Pattern.compile("\\bdef\\s+" + name + "\\s*\\(|\\bfunction\\s*\\*?\\s*" + name + "\\s*\\("
        + "|\\b" + name + "\\s*=(?!=)|[\\w>\\]]\\s+" + name + "\\s*\\([^()]*\\)\\s*(?:throws[^{;]*)?\\{"
        + "|^\\s*(?:async\\s+)?" + name + "\\s*\\([^()]*\\)\\s*\\{", Pattern.MULTILINE);
  }
}
