package dev.rlvr.grader.language;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidate languages that share a script with a target, and so need a detector.
 *
 * @param contested the target's scripts that some rival also writes: their words go to Lingua
 * @param contextScripts the scripts of the words Lingua is shown (the target's and the rivals')
 * @param languages the ISO 639-1 codes Lingua chooses among, the target's included
 */
record Rivals(Set<Integer> contested, Set<Integer> contextScripts, Set<String> languages) {
  Rivals {
    contested = Set.copyOf(contested);
    contextScripts = Set.copyOf(contextScripts);
    languages = Set.copyOf(languages);
  }

  static Rivals none() {
    return new Rivals(Set.of(), Set.of(), Set.of());
  }

  /**
   * The rivals of a target among the candidates; none when detection is off or Lingua lacks the
   * target, since then the script alone decides.
   */
  static Rivals of(Language target, List<Language> candidates, boolean detect) {
    if (!detect || !SameScriptDetector.supports(target.code())) {
      return none();
    }
    Set<Integer> contested = new HashSet<>();
    Set<Integer> context = new HashSet<>(target.scripts());
    Set<String> languages = new HashSet<>(Set.of(target.code()));
    for (Language rival : candidates) {
      if (rival.code().equals(target.code()) || !SameScriptDetector.supports(rival.code())) {
        continue;
      }
      Set<Integer> shared = new HashSet<>(rival.scripts());
      shared.retainAll(target.scripts());
      if (!shared.isEmpty()) {
        contested.addAll(shared);
        context.addAll(rival.scripts());
        languages.add(rival.code());
      }
    }
    return contested.isEmpty() ? none() : new Rivals(contested, context, languages);
  }

  boolean any() {
    return !contested.isEmpty();
  }
}
