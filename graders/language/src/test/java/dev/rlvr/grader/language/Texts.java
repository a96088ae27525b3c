package dev.rlvr.grader.language;

import java.util.List;

/**
 * Chain-of-thought fragments in several languages whose word counts are known: sentences with
 * no one-letter word, no number and no apostrophe, so that ICU's words are the words between
 * spaces; Chinese and Japanese words checked to be single ICU dictionary words.
 */
final class Texts {
  static final List<String> ENGLISH = List.of(
      "Let me think about this problem step by step.",
      "First we need to find the area of the triangle.",
      "Hmm, let me double check the calculation again.",
      "Therefore the minimum is attained at the endpoint.",
      "Now substitute back into the original equation.",
      "Both sides are equal so the identity holds.");
  static final List<String> FRENCH = List.of(
      "Je dois calculer la surface du triangle maintenant.",
      "Attendez, cela ne semble pas correct du tout.",
      "Vérifions encore une fois le calcul avec soin.",
      "Par conséquent le minimum est atteint sur la borne.");
  static final List<String> GERMAN = List.of(
      "Zuerst müssen wir die Fläche des Dreiecks berechnen.",
      "Warte, das sieht nicht richtig aus.",
      "Die Ableitung der Funktion ist überall positiv.",
      "Setzen wir das in die ursprüngliche Gleichung ein.");
  static final List<String> RUSSIAN = List.of(
      "Сначала найдём площадь этого треугольника.",
      "Подождите, здесь есть ошибка.",
      "Производная функции положительна на всём интервале.",
      "Подставим это обратно в исходное уравнение.");
  static final String ARABIC = "أولاً نحسب مساحة المثلث. القاعدة تساوي ستة والارتفاع يساوي أربعة، "
      + "إذن المساحة تساوي اثني عشر.";
  /** Ten Chinese words, one ICU word each. */
  static final String CHINESE_10 = "数学，函数，积分，导数，方程，答案，问题，计算，结果，面积。";
  static final String CHINESE = "我们需要计算这个三角形的面积。首先考虑函数的导数。所以面积是十二。";
  /** Eight Japanese words (Han, kana and both), one ICU word each. */
  static final String JAPANESE_8 = "数学、関数、答え、問題、計算、結果、ラーメン、カタカナ。";
  static final String JAPANESE = "まず、三角形の面積を計算します。底辺と高さを掛けて、二で割ります。"
      + "したがって、面積は十二です。";

  private Texts() {}

  /** Words between spaces. */
  static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  static int words(List<String> sentences) {
    return sentences.stream().mapToInt(Texts::words).sum();
  }

  static String join(List<String> sentences) {
    return String.join(" ", sentences);
  }
}
