package dev.rlvr.grader.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.BitSet;

/**
 * The script of a word, from ICU's Unicode data: the script most of its letters are in. A word
 * with any Hiragana or Katakana is a kana word even when it also has Han (okurigana: 食べる),
 * since only Japanese writes kana. Characters shared between scripts (the long-vowel mark
 * ー, marks, digits) count through their script extensions when those name kana, and are
 * skipped otherwise.
 */
final class WordScript {
  private WordScript() {}

  /**
   * Packs the script and letter count of {@code text[start, end)} into one long.
   *
   * @return {@code script << 32 | letters}; the script is {@code COMMON} when no letter has one
   */
  static long of(CharSequence text, int start, int end) {
    int[] scripts = new int[4];
    int[] counts = new int[4];
    int kinds = 0;
    int letters = 0;
    int kana = 0;
    int kanaScript = UScript.COMMON;
    BitSet extensions = null;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (UCharacter.isLetter(cp)) {
        letters++;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.COMMON || script == UScript.INHERITED) {
        extensions = extensions == null ? new BitSet() : extensions;
        extensions.clear();
        UScript.getScriptExtensions(cp, extensions);
        script = extensions.get(UScript.KATAKANA) ? UScript.KATAKANA
            : extensions.get(UScript.HIRAGANA) ? UScript.HIRAGANA : UScript.COMMON;
        if (script == UScript.COMMON) {
          continue;
        }
      }
      if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
        kana++;
        kanaScript = kanaScript == UScript.KATAKANA ? kanaScript : script;
      }
      kinds = tally(scripts, counts, kinds, script);
    }
    int best = kana > 0 ? kanaScript : majority(scripts, counts, kinds);
    return ((long) best << 32) | letters;
  }

  static int script(long packed) {
    return (int) (packed >>> 32);
  }

  static int letters(long packed) {
    return (int) packed;
  }

  private static int tally(int[] scripts, int[] counts, int kinds, int script) {
    for (int k = 0; k < kinds; k++) {
      if (scripts[k] == script) {
        counts[k]++;
        return kinds;
      }
    }
    if (kinds < scripts.length) {
      scripts[kinds] = script;
      counts[kinds] = 1;
      return kinds + 1;
    }
    return kinds;
  }

  private static int majority(int[] scripts, int[] counts, int kinds) {
    int best = UScript.COMMON;
    int most = 0;
    for (int k = 0; k < kinds; k++) {
      if (counts[k] > most) {
        best = scripts[k];
        most = counts[k];
      }
    }
    return best;
  }
}
