package dev.rlvr.grader.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.Set;

/**
 * A natural language as the grader sees it: an ISO 639 code and the scripts it is written in
 * (ICU's locale data: Japanese is Han, Hiragana and Katakana; Chinese is Han; Russian is
 * Cyrillic). Korean is taken as Hangul alone, not ICU's Hangul and Han: Han words in a Korean
 * chain of thought are almost always Chinese leaking in, which is what the reward should see.
 *
 * @param code the ISO 639 code, lower case ({@code en}, {@code zh}, {@code fil})
 * @param scripts the UScript codes of its scripts; never empty
 */
record Language(String code, Set<Integer> scripts) {
  Language {
    scripts = Set.copyOf(scripts);
  }

  /** Tells whether words in {@code script} can belong to this language. */
  boolean writes(int script) {
    return scripts.contains(script);
  }

  /** The English name, for reasons shown to people. */
  String englishName() {
    return new ULocale(code).getDisplayLanguage(ULocale.ENGLISH);
  }

  /** ISO 15924 short names of the scripts, for details. */
  String scriptNames() {
    return String.join("+", scripts.stream().map(UScript::getShortName).sorted().toList());
  }
}
