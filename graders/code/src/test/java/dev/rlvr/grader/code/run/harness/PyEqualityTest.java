package dev.rlvr.grader.code.run.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyEqualityTest {
  private final PyEquality exact = PyEquality.exact();

  private static Object py(String taggedJson) throws Exception {
    return PyValues.decode(taggedJson);
  }

  @Test
  void numbersCompareLikePython() throws Exception {
    assertThat(exact.equal(py("true"), 1)).isTrue();
    assertThat(exact.equal(py("{\"$f\":\"1.0\"}"), 1)).isTrue();
    assertThat(exact.equal(py("1"), new BigDecimal("1.0"))).isTrue();
    assertThat(exact.equal(py("2"), 3L)).isFalse();
    assertThat(exact.equal(py("{\"$f\":\"0.1\"}"), new BigDecimal("0.1"))).isTrue();
    assertThat(exact.equal(py("{\"$f\":\"0.30000000000000004\"}"), 0.3)).isFalse();
    assertThat(exact.equal(py("{\"$f\":\"nan\"}"), Double.NaN)).isFalse();
    assertThat(exact.equal(py("{\"$f\":\"inf\"}"), Double.POSITIVE_INFINITY)).isTrue();
    // 2**53 + 1 is not the float 2**53, exactly as in Python.
    assertThat(exact.equal(py("9007199254740993"), 9007199254740992.0)).isFalse();
    assertThat(exact.equal(py("123456789012345678901234567890"), new BigInteger("123456789012345678901234567890")))
        .isTrue();
  }

  @Test
  void aStringIsNotANumberAndNoneIsOnlyNone() throws Exception {
    assertThat(exact.equal(py("\"1\""), 1)).isFalse();
    assertThat(exact.equal(py("null"), null)).isTrue();
    assertThat(exact.equal(py("0"), null)).isFalse();
    assertThat(exact.equal(py("null"), List.of())).isFalse();
  }

  @Test
  void tuplesCompareAsListsButSetsAndIteratorsNever() throws Exception {
    assertThat(exact.equal(py("{\"$t\":[1,{\"$t\":[2,3]}]}"), List.of(1, List.of(2, 3)))).isTrue();
    assertThat(exact.equal(py("{\"$s\":[1,2]}"), List.of(1, 2))).isFalse();
    assertThat(exact.equal(py("{\"$i\":[1,2]}"), List.of(1, 2))).isFalse();
    assertThat(exact.equal(py("[1,2]"), List.of(1, 2, 3))).isFalse();
  }

  @Test
  void dictKeysMustBeTheExpectedStrings() throws Exception {
    assertThat(exact.equal(py("{\"$d\":[[\"a\",1],[\"b\",[2]]]}"), Map.of("a", 1, "b", List.of(2)))).isTrue();
    assertThat(exact.equal(py("{\"$d\":[[1,1]]}"), Map.of("1", 1))).isFalse();
    assertThat(exact.equal(py("{\"$d\":[[\"a\",1]]}"), Map.of("a", 1, "b", 2))).isFalse();
    assertThat(exact.equal(py("{\"$d\":[[\"a\",2]]}"), Map.of("a", 1))).isFalse();
  }

  @Test
  void appsWrappedOutputsAcceptTheFirstElement() throws Exception {
    assertThat(exact.accepts(py("5"), List.of(5))).isTrue();
    assertThat(exact.accepts(py("[1,2]"), List.of(List.of(1, 2)))).isTrue();
    assertThat(exact.accepts(py("{\"$t\":[{\"$t\":[1,2]}]}"), List.of(List.of(List.of(1, 2))))).isTrue();
    assertThat(exact.accepts(py("6"), List.of(5))).isFalse();
    assertThat(exact.accepts(py("null"), List.of())).isFalse();
    assertThat(exact.equal(py("5"), List.of(5))).isFalse();
  }

  @Test
  void toleranceOnlyWhenAsked() throws Exception {
    PyEquality loose = new PyEquality(1e-6, 1e-6);
    assertThat(loose.equal(py("{\"$f\":\"0.30000000000000004\"}"), 0.3)).isTrue();
    assertThat(loose.equal(py("{\"$f\":\"1000000.5\"}"), 1000000.0)).isTrue();
    assertThat(loose.equal(py("{\"$f\":\"0.31\"}"), 0.3)).isFalse();
    assertThat(loose.equal(py("{\"$f\":\"nan\"}"), Double.NaN)).isFalse();
    assertThat(loose.equal(py("3"), new BigDecimal("3.0000000001"))).isTrue();
  }

  @Test
  void malformedTagsAreRejected() {
    for (String bad : List.of("{\"a\":1}", "{\"$f\":\"x\"}", "{\"$d\":[[1]]}", "{\"$t\":1}", "1.5")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PyValues.decode(bad)).as(bad)
          .isInstanceOfAny(IllegalArgumentException.class, com.fasterxml.jackson.core.JsonProcessingException.class);
    }
  }

  @Test
  void reprReadsLikePython() throws Exception {
    assertThat(PyValues.repr(py("{\"$t\":[1,\"a\",null,true,{\"$f\":\"0.5\"}]}"))).isEqualTo("(1, 'a', None, True, 0.5)");
    assertThat(PyValues.repr(py("{\"$d\":[[{\"$t\":[1]},{\"$fs\":[]}]]}"))).isEqualTo("{(1,): frozenset({})}");
  }
}
