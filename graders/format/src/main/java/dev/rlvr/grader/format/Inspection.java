package dev.rlvr.grader.format;

import java.util.List;
import java.util.Optional;

/**
 * What the format checks found in one rollout.
 *
 * @param template the template it was checked against: {@link Template#R1} or
 *     {@link Template#PREFILLED}
 * @param expectedTags how many tags the template expects here
 * @param misplaced the expected tags that are missing or out of place, in template order
 * @param violations the enforced hack checks that fired, in {@link Violation} order
 * @param restBlank whether nothing visible follows {@code </think>}
 * @param thinkChars the visible characters of reasoning
 * @param answer the extracted answer, trimmed and cut to 200 characters, when one was found
 */
record Inspection(
    Template template,
    int expectedTags,
    List<Tag> misplaced,
    List<Violation> violations,
    boolean restBlank,
    int thinkChars,
    Optional<String> answer) {

  /** Copies the lists. */
  Inspection {
    misplaced = List.copyOf(misplaced);
    violations = List.copyOf(violations);
  }

  /** How many expected tags are well placed. */
  int wellPlacedTags() {
    return expectedTags - misplaced.size();
  }

  /** Tells whether the structure is right: every expected tag well placed and a visible rest. */
  boolean wellFormed() {
    return misplaced.isEmpty() && !restBlank;
  }
}
