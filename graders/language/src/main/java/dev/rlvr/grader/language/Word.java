package dev.rlvr.grader.language;

import com.ibm.icu.text.BreakIterator;

/**
 * One segment that ICU's word break iterator classed as a word or a number.
 *
 * @param start offset of its first char
 * @param end offset after its last char
 * @param status ICU's rule status: 100-199 number, 200-299 letters, 300-399 kana, 400-499 ideographs
 * @param script the UScript code of its letters ({@code COMMON} when it has none)
 * @param letters how many letters it has
 * @param sentence the index of its sentence, 0 when sentences were not asked for
 */
record Word(int start, int end, int status, int script, int letters, int sentence) {

  boolean isNumber() {
    return status >= BreakIterator.WORD_NONE_LIMIT && status < BreakIterator.WORD_NUMBER_LIMIT;
  }
}
