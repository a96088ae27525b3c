package dev.rlvr.grader.math;

import java.util.ArrayList;
import java.util.List;

/** The answer pairs (gold, answer) the benchmark grades, half of them right. */
final class BenchmarkCases {
  private BenchmarkCases() {}

  static List<String[]> of(String kind) {
    return switch (kind) {
      case "integers" -> List.of(pair("72", "72"), pair("1000", "1,000"), pair("-3", "-3"), pair("12345", "12346"));
      case "fractions" -> List.of(pair("\\frac{1}{2}", "\\frac{2}{4}"), pair("0.5", "\\dfrac{1}{2}"),
          pair("\\frac{3}{7}", "0.428571"), pair("2\\frac{1}{2}", "\\frac{5}{2}"));
      case "radicals" -> List.of(pair("\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}"), pair("2\\sqrt{2}", "\\sqrt{8}"),
          pair("\\sqrt{2}", "1.41421"), pair("3\\pi", "3\\pi"));
      case "symbolic" -> List.of(pair("x^2+2x+1", "(x+1)^2"), pair("2\\pi r", "2r\\pi"),
          pair("\\frac{x}{2}", "0.5x"), pair("x^2", "x^3"));
      case "structures" -> List.of(pair("(2, \\infty)", "x > 2"), pair("\\{1, 2\\}", "\\{2, 1\\}"),
          pair("[0, 1)", "(0, 1)"), pair("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
              "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"));
      default -> {
        List<String[]> all = new ArrayList<>();
        for (String k : List.of("integers", "fractions", "radicals", "symbolic", "structures")) {
          all.addAll(of(k));
        }
        yield all;
      }
    };
  }

  private static String[] pair(String gold, String answer) {
    return new String[] {gold, answer};
  }
}
