package dev.rlvr.grader.math.equiv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A subset of the real line as a union of intervals, kept normalised: sorted, disjoint, with
 * touching pieces merged ({@code (0,1] \cup [1,2)} is {@code (0,2)}), so that two sets are equal
 * exactly when their normal forms are. Endpoints are exact or approximate reals, or infinite;
 * approximate endpoints within the tolerance of each other count as equal. Immutable.
 */
final class IntervalSet {
  /**
   * An endpoint.
   *
   * @param value its value, null when infinite
   * @param infinity -1 for minus infinity, 1 for infinity, 0 for a finite endpoint
   */
  record Bound(Value value, int infinity) {
    static final Bound MINUS_INFINITY = new Bound(null, -1);
    static final Bound INFINITY = new Bound(null, 1);

    static Bound of(Value v) {
      return new Bound(v, 0);
    }

    @Override
    public String toString() {
      return infinity < 0 ? "-inf" : infinity > 0 ? "inf" : value.toString();
    }
  }

  /**
   * An interval; infinite ends are never closed.
   *
   * @param lo the lower end
   * @param loClosed whether it belongs to the interval
   * @param hi the upper end
   * @param hiClosed whether it belongs to the interval
   */
  record Interval(Bound lo, boolean loClosed, Bound hi, boolean hiClosed) {
    Interval {
      loClosed = loClosed && lo.infinity() == 0;
      hiClosed = hiClosed && hi.infinity() == 0;
    }

    @Override
    public String toString() {
      return (loClosed ? "[" : "(") + lo + ", " + hi + (hiClosed ? "]" : ")");
    }
  }

  private final List<Interval> parts;
  private final Precision p;

  private IntervalSet(List<Interval> parts, Precision p) {
    this.parts = parts;
    this.p = p;
  }

  static IntervalSet of(List<Interval> intervals, Precision p) {
    return new IntervalSet(normalise(intervals, p), p);
  }

  static IntervalSet all(Precision p) {
    return of(List.of(new Interval(Bound.MINUS_INFINITY, false, Bound.INFINITY, false)), p);
  }

  static IntervalSet empty(Precision p) {
    return new IntervalSet(List.of(), p);
  }

  IntervalSet union(IntervalSet o) {
    List<Interval> all = new ArrayList<>(parts);
    all.addAll(o.parts);
    return of(all, p);
  }

  IntervalSet intersect(IntervalSet o) {
    List<Interval> out = new ArrayList<>();
    for (Interval x : parts) {
      for (Interval y : o.parts) {
        int lo = compare(x.lo(), y.lo(), p);
        int hi = compare(x.hi(), y.hi(), p);
        Bound l = lo >= 0 ? x.lo() : y.lo();
        boolean lc = lo > 0 ? x.loClosed() : lo < 0 ? y.loClosed() : x.loClosed() && y.loClosed();
        Bound h = hi <= 0 ? x.hi() : y.hi();
        boolean hc = hi < 0 ? x.hiClosed() : hi > 0 ? y.hiClosed() : x.hiClosed() && y.hiClosed();
        out.add(new Interval(l, lc, h, hc));
      }
    }
    return of(out, p);
  }

  /** Whether two normalised sets are the same set. */
  boolean sameAs(IntervalSet o) {
    if (parts.size() != o.parts.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      Interval x = parts.get(i);
      Interval y = o.parts.get(i);
      if (compare(x.lo(), y.lo(), p) != 0
          || compare(x.hi(), y.hi(), p) != 0
          || x.loClosed() != y.loClosed()
          || x.hiClosed() != y.hiClosed()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    if (parts.isEmpty()) {
      return "{}";
    }
    StringBuilder sb = new StringBuilder();
    for (Interval i : parts) {
      if (!sb.isEmpty()) {
        sb.append(" U ");
      }
      boolean point = i.loClosed() && i.hiClosed() && compare(i.lo(), i.hi(), p) == 0;
      sb.append(point ? "{" + i.lo() + "}" : i.toString());
    }
    return sb.toString();
  }

  private static List<Interval> normalise(List<Interval> intervals, Precision p) {
    List<Interval> sorted = new ArrayList<>();
    for (Interval i : intervals) {
      int c = compare(i.lo(), i.hi(), p);
      if (c < 0 || c == 0 && i.loClosed() && i.hiClosed()) {
        sorted.add(i);
      }
    }
    Comparator<Interval> order =
        (x, y) -> {
          int c = compare(x.lo(), y.lo(), p);
          return c != 0 ? c : Boolean.compare(y.loClosed(), x.loClosed());
        };
    sorted.sort(order);
    List<Interval> out = new ArrayList<>();
    Interval cur = null;
    for (Interval next : sorted) {
      if (cur == null) {
        cur = next;
        continue;
      }
      int c = compare(next.lo(), cur.hi(), p);
      if (c < 0 || c == 0 && (cur.hiClosed() || next.loClosed())) {
        int h = compare(next.hi(), cur.hi(), p);
        Bound hi = h > 0 ? next.hi() : cur.hi();
        boolean hc =
            h > 0 ? next.hiClosed() : h < 0 ? cur.hiClosed() : cur.hiClosed() || next.hiClosed();
        cur = new Interval(cur.lo(), cur.loClosed(), hi, hc);
      } else {
        out.add(cur);
        cur = next;
      }
    }
    if (cur != null) {
      out.add(cur);
    }
    return List.copyOf(out);
  }

  /** The order of two endpoints. */
  static int compare(Bound a, Bound b, Precision p) {
    if (a.infinity() != 0 || b.infinity() != 0) {
      return Integer.compare(a.infinity(), b.infinity());
    }
    return Numeric.compareReal(a.value(), b.value(), p);
  }
}
