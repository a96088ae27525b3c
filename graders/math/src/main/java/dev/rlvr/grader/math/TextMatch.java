package dev.rlvr.grader.math;

/**
 * The last resort when an answer is not math: equal after dropping spaces, dollar signs,
 * {@code \text{}} wrappers and case. Never substring containment.
 */
final class TextMatch {
  private TextMatch() {}

  static boolean same(String a, String b) {
    String x = normalize(a);
    return !x.isEmpty() && x.equals(normalize(b));
  }

  static String normalize(String s) {
    String t = s.replace("\\text{", "{").replace("\\mathrm{", "{").replace("\\textbf{", "{")
        .replace("\\left", "").replace("\\right", "");
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isWhitespace(c) && c != '$' && c != '{' && c != '}') {
        out.append(Character.toLowerCase(c));
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '.') {
      end--;
    }
    return out.substring(0, end);
  }
}
