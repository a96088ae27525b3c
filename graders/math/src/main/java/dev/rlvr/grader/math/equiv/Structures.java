package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.Matrix;
import dev.rlvr.grader.math.expr.Expr.Union;
import java.util.List;

/**
 * Ordered structures: tuples and intervals in brackets (item by item; with two items the
 * brackets must agree, since {@code [0, 1]} is not {@code (0, 1)}), matrices (same shape,
 * entry by entry), a tuple against a one-column or one-row matrix, and unions whose parts are
 * not all sets of reals (part by part, in any order).
 */
final class Structures {
  private Structures() {}

  static Comparison compare(Comparer c, Expr g, Expr a) {
    if (g instanceof Bracketed bg && a instanceof Bracketed ba) {
      return tuple(c, bg, ba);
    }
    if (g instanceof Matrix mg && a instanceof Matrix ma) {
      return matrix(c, mg, ma);
    }
    if (g instanceof Matrix mg && a instanceof Bracketed ba) {
      return vector(c, mg, ba, true);
    }
    if (g instanceof Bracketed bg && a instanceof Matrix ma) {
      return vector(c, ma, bg, false);
    }
    if (g instanceof Union ug && a instanceof Union ua) {
      return Sets.unordered(c, ug.parts(), ua.parts(), "union");
    }
    Comparison sets = Intervals.compare(c, g, a);
    if (sets != null) {
      return sets;
    }
    return Comparison.notEqual("structure", ExprText.kind(g) + " against " + ExprText.kind(a));
  }

  private static Comparison tuple(Comparer c, Bracketed g, Bracketed a) {
    int n = g.items().size();
    if (n != a.items().size()) {
      return Comparison.notEqual("tuple", n + " items against " + a.items().size());
    }
    String method = "tuple";
    if (n == 2) {
      char go = opening(g.open());
      char gc = closing(g.close());
      if (go != opening(a.open()) || gc != closing(a.close())) {
        return Comparison.notEqual(
            "interval",
            "brackets differ: " + g.open() + g.close() + " against " + a.open() + a.close());
      }
      method = go == '(' && gc == ')' ? "tuple" : "interval";
    }
    return ordered(c, g.items(), a.items(), method);
  }

  private static char opening(char ch) {
    return ch == '<' ? '(' : ch;
  }

  private static char closing(char ch) {
    return ch == '>' ? ')' : ch;
  }

  private static Comparison matrix(Comparer c, Matrix g, Matrix a) {
    int rows = g.rows().size();
    int cols = rows == 0 ? 0 : g.rows().get(0).size();
    int aCols = a.rows().isEmpty() ? 0 : a.rows().get(0).size();
    if (rows != a.rows().size() || cols != aCols) {
      return Comparison.notEqual(
          "matrix", rows + "x" + cols + " against " + a.rows().size() + "x" + aCols);
    }
    for (int i = 0; i < rows; i++) {
      if (g.rows().get(i).size() != a.rows().get(i).size()) {
        return Comparison.notEqual("matrix", "row " + (i + 1) + " has a different length");
      }
    }
    return ordered(c, entries(g), entries(a), "matrix");
  }

  private static Comparison vector(Comparer c, Matrix m, Bracketed b, boolean goldIsMatrix) {
    boolean line = m.rows().size() == 1 || m.rows().stream().allMatch(r -> r.size() == 1);
    List<Expr> entries = entries(m);
    if (!line || entries.size() != b.items().size()) {
      return Comparison.notEqual(
          "vector", "a " + m.rows().size() + "-row matrix against a tuple of " + b.items().size());
    }
    return goldIsMatrix
        ? ordered(c, entries, b.items(), "vector")
        : ordered(c, b.items(), entries, "vector");
  }

  private static List<Expr> entries(Matrix m) {
    return m.rows().stream().flatMap(List::stream).toList();
  }

  /** Item i of the gold against item i of the answer, for every i. */
  static Comparison ordered(Comparer c, List<Expr> g, List<Expr> a, String method) {
    if (g.size() != a.size()) {
      return Comparison.notEqual(method, g.size() + " items against " + a.size());
    }
    Comparison undecided = null;
    int at = 0;
    for (int i = 0; i < g.size(); i++) {
      Comparison r = c.compare(g.get(i), a.get(i));
      if (r.outcome() == Comparison.Outcome.NOT_EQUAL) {
        return Comparison.notEqual(method, "item " + (i + 1) + " differs: " + r.detail());
      }
      if (r.outcome() == Comparison.Outcome.UNDECIDABLE && undecided == null) {
        undecided = r;
        at = i + 1;
      }
    }
    if (undecided != null) {
      return Comparison.undecidable(method, "item " + at + ": " + undecided.detail());
    }
    return Comparison.equal(method, g.size() + " items equal");
  }
}
