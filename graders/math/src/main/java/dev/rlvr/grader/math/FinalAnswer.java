package dev.rlvr.grader.math;

import java.util.List;

/**
 * What the extractor found: the committed answer, or why there is none.
 *
 * @param candidates the answer texts: one, or several offered together as alternatives (a
 *     hedge such as {@code \boxed{3} or \boxed{5}}); empty when there is no answer
 * @param source how it was found: {@code boxed}, {@code answer_tag}, {@code fallback: <phrase>}
 * @param problem why there is no answer; empty when there is one
 */
record FinalAnswer(List<String> candidates, String source, String problem) {

  FinalAnswer {
    candidates = List.copyOf(candidates);
  }

  static FinalAnswer of(String text, String source) {
    return new FinalAnswer(List.of(text), source, "");
  }

  static FinalAnswer none(String problem) {
    return new FinalAnswer(List.of(), "", problem);
  }

  boolean found() {
    return !candidates.isEmpty();
  }

  boolean isHedge() {
    return candidates.size() > 1;
  }

  /** The candidates as one text, for the details. */
  String text() {
    return String.join(" | ", candidates);
  }
}
