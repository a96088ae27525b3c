package dev.rlvr.grader.code.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rlvr.api.Reference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random references built from the keys the reader looks for: whatever they hold, the
 * reader returns a non-empty suite or throws its own exception, never anything else.
 */
class TestSuiteReaderRobustnessTest {
  private static final long SEED = 20261128L;
  private static final int CASES = 3000;
  private static final List<String> KEYS = List.of("inputs", "outputs", "fn_name", "func_name", "entry_point",
      "input", "output", "stdin", "stdout", "expected_output", "testtype", "type", "tests", "test_cases",
      "input_output", "test_list", "test", "test_setup_code", "test_imports", "checker", "metadata", "language",
      "time_limit", "time_limit_s", "memory_limit", "memory_limit_mb", "abs_tol", "tolerance", "program");
  private static final List<Object> SCALARS = List.of("", "1\n", "assert f(1) == 1", "def check(candidate):\n  pass",
      "functional", "stdin", "float", "custom", "tokens", "[1, 2]", "{\"inputs\": [\"1\"]}", "{\"func_name\": \"f\"}",
      "null", "not json", "2 seconds", "-1", 0L, -3, 2.5, Double.NaN, new BigDecimal("1e-9"),
      BigInteger.TEN.pow(30), true, false);

  @Test
  void onlyEverThrowsItsOwnException() {
    Random random = new Random(SEED);
    int read = 0;
    for (int i = 0; i < CASES; i++) {
      Object groundTruth = value(random, 0);
      Map<String, Object> extra = random.nextInt(3) == 0 && value(random, 1) instanceof Map<?, ?> m
          ? stringKeys(m) : Map.of();
      Reference reference = new Reference(groundTruth, List.of(), "", "", random.nextBoolean() ? "py" : "",
          "", extra);
      try {
        TestSuite suite = TestSuiteReader.read(reference, Map.of());
        assertThat(suite.tests()).as("case %d", i).isNotEmpty();
        read++;
      } catch (InvalidTestsException expected) {
        assertThat(expected.getMessage()).as("case %d", i).isNotBlank();
      } catch (RuntimeException other) {
        fail("case " + i + " of seed " + SEED + " threw " + other + " for " + groundTruth + " / " + extra, other);
      }
    }
    assertThat(read).as("some random references hold readable tests").isGreaterThan(CASES / 50);
  }

  private static Object value(Random random, int depth) {
    int kind = depth > 3 ? 0 : random.nextInt(6);
    return switch (kind) {
      case 0, 1 -> random.nextInt(8) == 0 ? null : SCALARS.get(random.nextInt(SCALARS.size()));
      case 2, 3 -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
          map.put(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
        }
        yield map;
      }
      default -> {
        List<Object> list = new ArrayList<>();
        Object first = value(random, depth + 1);
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
          list.add(random.nextBoolean() ? first : value(random, depth + 1)); // lists are mostly of one kind
        }
        yield list;
      }
    };
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }
}
