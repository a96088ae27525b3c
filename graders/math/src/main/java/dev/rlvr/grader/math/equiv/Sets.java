package dev.rlvr.grader.math.equiv;

import dev.rlvr.grader.math.expr.Expr;
import dev.rlvr.grader.math.expr.Expr.Bracketed;
import dev.rlvr.grader.math.expr.Expr.ExprList;
import dev.rlvr.grader.math.expr.Expr.PlusMinus;
import dev.rlvr.grader.math.expr.Expr.Relation;
import dev.rlvr.grader.math.expr.Expr.SetOf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unordered collections of values: sets, top-level lists ({@code 1, 2}, {@code 3 or 5},
 * {@code x = 1, x = 2}), and {@code a \pm b} as the two values a + b and a - b. Duplicates do
 * not count, and a single value is a collection of one: so {@code 3} equals {@code \{3\}} and
 * {@code 3, 3}, while a hedge {@code 3 or 5} is not {@code 3}. Items {@code x = v} contribute v.
 * Lists of assignments to different variables ({@code x = 1, y = 2}) are compared by variable.
 */
final class Sets {
  /** Element pairs compared at most in one collection comparison. */
  private static final int MAX_PAIRS = 20_000;

  private Sets() {}

  /** Whether either side is a collection (or a scalar with a plus-minus inside). */
  static boolean applies(Expr g, Expr a) {
    return isCollection(g) || isCollection(a);
  }

  private static boolean isCollection(Expr e) {
    return e instanceof ExprList
        || e instanceof SetOf
        || e instanceof PlusMinus
        || ExprTrees.hasInnerPlusMinus(e);
  }

  static Comparison compare(Comparer c, Expr g, Expr a) {
    if (g instanceof ExprList lg && a instanceof Bracketed b && isTupleBracket(b)) {
      return Structures.ordered(c, values(lg), b.items(), "tuple");
    }
    if (a instanceof ExprList la && g instanceof Bracketed b && isTupleBracket(b)) {
      return Structures.ordered(c, b.items(), values(la), "tuple");
    }
    Map<String, Expr> ag = assignments(g);
    Map<String, Expr> aa = assignments(a);
    if (ag != null && aa != null) {
      return byVariable(c, ag, aa);
    }
    if (ag != null && a instanceof ExprList || aa != null && g instanceof ExprList) {
      return Structures.ordered(c, values((ExprList) g), values((ExprList) a), "assignments");
    }
    return unordered(c, elements(g), elements(a), method(g, a));
  }

  private static boolean isTupleBracket(Bracketed b) {
    return b.open() == '(' && b.close() == ')' || b.open() == '<' && b.close() == '>';
  }

  private static String method(Expr g, Expr a) {
    if (g instanceof SetOf || a instanceof SetOf) {
      return "set";
    }
    if (g instanceof ExprList || a instanceof ExprList) {
      return "list";
    }
    return "plus-minus";
  }

  /** The items of a list, with {@code x = v} read as v. */
  private static List<Expr> values(ExprList l) {
    List<Expr> out = new ArrayList<>(l.items().size());
    for (Expr item : l.items()) {
      out.add(valueOf(ExprTrees.strip(item)));
    }
    return out;
  }

  private static Expr valueOf(Expr item) {
    if (item instanceof Relation r) {
      Relations.Definition d = Relations.definition(r);
      if (d != null) {
        return ExprTrees.strip(d.value());
      }
    }
    return item;
  }

  /** {@code x = 1, y = 2} as x -> 1, y -> 2; null unless every item assigns a new variable. */
  private static Map<String, Expr> assignments(Expr e) {
    if (!(e instanceof ExprList l)) {
      return null;
    }
    Map<String, Expr> out = new LinkedHashMap<>();
    for (Expr item : l.items()) {
      Relations.Definition d =
          ExprTrees.strip(item) instanceof Relation r ? Relations.definition(r) : null;
      if (d == null || d.variable().startsWith("(") || out.put(d.variable(), d.value()) != null) {
        return null;
      }
    }
    return out;
  }

  private static Comparison byVariable(Comparer c, Map<String, Expr> g, Map<String, Expr> a) {
    if (!g.keySet().equals(a.keySet())) {
      return Comparison.notEqual(
          "assignments", "variables " + g.keySet() + " against " + a.keySet());
    }
    List<Expr> gv = new ArrayList<>();
    List<Expr> av = new ArrayList<>();
    for (Map.Entry<String, Expr> e : g.entrySet()) {
      gv.add(e.getValue());
      av.add(a.get(e.getKey()));
    }
    return Structures.ordered(c, gv, av, "assignments");
  }

  /** The values of a side: its elements, plus-minus read as two values. */
  private static List<Expr> elements(Expr e) {
    List<Expr> out = new ArrayList<>();
    switch (e) {
      case SetOf s -> s.elements().forEach(x -> add(x, out));
      case ExprList l -> l.items().forEach(x -> add(x, out));
      default -> add(e, out);
    }
    return out;
  }

  private static void add(Expr item, List<Expr> out) {
    Expr x = valueOf(ExprTrees.strip(item));
    if (ExprTrees.hasInnerPlusMinus(x)) {
      out.add(ExprTrees.choose(x, true));
      out.add(ExprTrees.choose(x, false));
    } else {
      out.add(x);
    }
  }

  /** Every gold element equals some answer element and the other way round. */
  static Comparison unordered(Comparer c, List<Expr> g, List<Expr> a, String method) {
    if ((long) g.size() * a.size() > MAX_PAIRS) {
      return Comparison.undecidable(method, g.size() + " x " + a.size() + " elements is too many");
    }
    Comparison.Outcome[][] memo = new Comparison.Outcome[g.size()][a.size()];
    boolean undecided = false;
    for (int i = 0; i < g.size(); i++) {
      Comparison.Outcome best = Comparison.Outcome.NOT_EQUAL;
      for (int j = 0; j < a.size() && best != Comparison.Outcome.EQUAL; j++) {
        best = better(best, outcome(c, g, a, memo, i, j));
      }
      if (best == Comparison.Outcome.NOT_EQUAL) {
        return Comparison.notEqual(
            method, "gold's " + ExprText.show(g.get(i)) + " is not in the answer");
      }
      undecided |= best == Comparison.Outcome.UNDECIDABLE;
    }
    for (int j = 0; j < a.size(); j++) {
      Comparison.Outcome best = Comparison.Outcome.NOT_EQUAL;
      for (int i = 0; i < g.size() && best != Comparison.Outcome.EQUAL; i++) {
        best = better(best, outcome(c, g, a, memo, i, j));
      }
      if (best == Comparison.Outcome.NOT_EQUAL) {
        return Comparison.notEqual(
            method, "answer's " + ExprText.show(a.get(j)) + " is not in the gold");
      }
      undecided |= best == Comparison.Outcome.UNDECIDABLE;
    }
    if (undecided) {
      return Comparison.undecidable(method, "some elements could not be compared");
    }
    return Comparison.equal(method, g.size() + " against " + a.size() + " elements, all matched");
  }

  private static Comparison.Outcome outcome(
      Comparer c, List<Expr> g, List<Expr> a, Comparison.Outcome[][] memo, int i, int j) {
    if (memo[i][j] == null) {
      memo[i][j] = c.compare(g.get(i), a.get(j)).outcome();
    }
    return memo[i][j];
  }

  private static Comparison.Outcome better(Comparison.Outcome x, Comparison.Outcome y) {
    if (x == Comparison.Outcome.EQUAL || y == Comparison.Outcome.EQUAL) {
      return Comparison.Outcome.EQUAL;
    }
    return x == Comparison.Outcome.UNDECIDABLE || y == Comparison.Outcome.UNDECIDABLE
        ? Comparison.Outcome.UNDECIDABLE
        : Comparison.Outcome.NOT_EQUAL;
  }
}
