package dev.rlvr.grader.code.run.harness;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code ==} between a decoded return value and a dataset's expected value, as the APPS
 * harness applies it: True == 1 == 1.0, ints and floats compared exactly, nan equal to nothing;
 * tuples compare as lists (JSON has no tuples, so a dataset cannot expect one); a set or an
 * iterator never equals a JSON value; dict keys must be strings equal to the expected keys. When
 * the expected value is a non-empty list and the result is not equal to it, the result may equal
 * its first element instead (APPS stores return values wrapped in a list).
 *
 * <p>Floats are exact unless a tolerance is given: then two finite numbers are equal when they
 * differ by at most the absolute or the relative tolerance.
 */
public final class PyEquality {
  private final double absoluteTolerance;
  private final double relativeTolerance;

  /**
   * @param absoluteTolerance numbers this close are equal (0: exact)
   * @param relativeTolerance numbers this close relative to the expected are equal (0: exact)
   */
  public PyEquality(double absoluteTolerance, double relativeTolerance) {
    this.absoluteTolerance = Math.max(0, absoluteTolerance);
    this.relativeTolerance = Math.max(0, relativeTolerance);
  }

  public static PyEquality exact() {
    return new PyEquality(0, 0);
  }

  /** The APPS rule: equal, or equal to the first element of a wrapped expected list. */
  public boolean accepts(Object result, Object expected) {
    if (equal(result, expected)) {
      return true;
    }
    return expected instanceof List<?> list && !list.isEmpty() && equal(result, list.get(0));
  }

  /** Python {@code result == expected}, tuples read as lists. */
  public boolean equal(Object result, Object expected) {
    if (expected == null) {
      return result == null;
    }
    if (expected instanceof Boolean || expected instanceof Number) {
      return numberEqual(result, expected);
    }
    if (expected instanceof CharSequence text) {
      return result instanceof String s && s.equals(text.toString());
    }
    if (expected instanceof List<?> want) {
      List<Object> got = result instanceof List<?> list ? new ArrayList<Object>(list)
          : result instanceof PyValues.Tuple tuple ? tuple.items() : null;
      return got != null && listEqual(got, want);
    }
    if (expected instanceof Map<?, ?> want) {
      return result instanceof PyValues.Dict dict && dictEqual(dict, want);
    }
    return false;
  }

  private boolean listEqual(List<Object> got, List<?> want) {
    if (got.size() != want.size()) {
      return false;
    }
    for (int i = 0; i < got.size(); i++) {
      if (!equal(got.get(i), want.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean dictEqual(PyValues.Dict dict, Map<?, ?> want) {
    if (dict.entries().size() != want.size()) {
      return false;
    }
    Map<String, Object> got = new HashMap<>();
    for (Map.Entry<Object, Object> entry : dict.entries()) {
      if (!(entry.getKey() instanceof String key)) {
        return false; // a JSON key is a string, and no other Python key equals a string
      }
      got.put(key, entry.getValue());
    }
    for (Map.Entry<?, ?> entry : want.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!got.containsKey(key) || !equal(got.get(key), entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  private boolean numberEqual(Object result, Object expected) {
    Object got = number(result);
    Object want = number(expected);
    if (got == null || want == null) {
      return false;
    }
    if (got instanceof BigInteger a && want instanceof BigInteger b) {
      return a.equals(b);
    }
    double a = got instanceof Double d ? d : Double.NaN;
    double b = want instanceof Double d ? d : Double.NaN;
    if (got instanceof Double && want instanceof Double) {
      return a == b || close(a, b);
    }
    // An int against a float: exactly, as Python does (2**53 + 1 != 2.0**53).
    double f = got instanceof Double ? a : b;
    BigInteger i = (BigInteger) (got instanceof Double ? want : got);
    if (Double.isNaN(f) || Double.isInfinite(f)) {
      return false;
    }
    return new BigDecimal(f).compareTo(new BigDecimal(i)) == 0 || close(f, i.doubleValue());
  }

  private boolean close(double got, double want) {
    if (absoluteTolerance == 0 && relativeTolerance == 0 || !Double.isFinite(got) || !Double.isFinite(want)) {
      return false;
    }
    double diff = Math.abs(got - want);
    return diff <= absoluteTolerance || diff <= relativeTolerance * Math.abs(want);
  }

  /** A Python number as BigInteger (bool and int) or Double (float); null for anything else. */
  private static Object number(Object value) {
    return switch (value) {
      case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
      case BigInteger i -> i;
      case Integer i -> BigInteger.valueOf(i);
      case Long l -> BigInteger.valueOf(l);
      case Short s -> BigInteger.valueOf(s);
      case Byte b -> BigInteger.valueOf(b);
      case Double d -> d;
      case Number n -> n.doubleValue(); // BigDecimal, Float: JSON's 2.5 is a Python float
      case null, default -> null;
    };
  }
}
