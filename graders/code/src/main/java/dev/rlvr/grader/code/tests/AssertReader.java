package dev.rlvr.grader.code.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assert-style tests: MBPP's list of asserts, HumanEval's check(candidate), asserts in one text. */
final class AssertReader {
  private static final Pattern ASSERT_LINE = Pattern.compile("(?m)^[ \\t]*assert\\b");
  private static final Pattern CHECK_FUNCTION = Pattern.compile("\\bdef\\s+check\\s*\\(");
  /** pytest-style test functions without fixtures (KodCode): each one is a test of its own. */
  private static final Pattern TEST_FUNCTION = Pattern.compile("(?m)^def\\s+(test_\\w*)\\s*\\(\\s*\\)\\s*(?:->[^:]*)?:");
  /** A test function under {@code @pytest.mark.parametrize}: one test that runs every parameter set. */
  private static final Pattern PARAMETRIZE = Pattern.compile("(?m)^@(?:pytest\\.)?mark\\.parametrize\\b");
  private static final Pattern TOP_LEVEL_DEF = Pattern.compile("(?m)^(?:async\\s+)?(def|class)\\s+(\\w+)");
  /**
   * Calls a parametrized test with each of its parameter sets, read from the marks that pytest (or
   * rlvr's stand-in for it) keeps on the function; stacked marks give their product.
   */
  private static final String PARAMETER_SETS = """


      def _rlvr_parameter_sets(function):
          sets = [{}]
          for mark in reversed(getattr(function, "pytestmark", [])):
              if getattr(mark, "name", "") != "parametrize":
                  continue
              names = mark.args[0] if mark.args else mark.kwargs["argnames"]
              values = mark.args[1] if len(mark.args) > 1 else mark.kwargs["argvalues"]
              if isinstance(names, str):
                  names = [name.strip() for name in names.split(",") if name.strip()]
              rows = []
              for value in values:
                  if isinstance(getattr(value, "values", None), tuple):
                      row = value.values
                  elif len(names) == 1:
                      row = (value,)
                  else:
                      row = tuple(value)
                  rows.append(dict(zip(names, row)))
              sets = [dict(given, **row) for given in sets for row in rows]
          return sets
      """;
  private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\(");
  /** Names an assert calls around the function under test: set(f(x)) == ..., math.isclose(f(x), ...). */
  private static final Set<String> NOT_THE_FUNCTION = Set.of("assert", "not", "and", "or", "in", "is", "lambda",
      "set", "frozenset", "sorted", "list", "tuple", "dict", "str", "int", "float", "bool", "abs", "round", "len",
      "sum", "min", "max", "all", "any", "isinstance", "type", "repr", "map", "filter", "zip", "range", "reversed",
      "enumerate", "print", "isclose", "math", "Counter", "Fraction", "Decimal", "complex", "bytes", "ord", "chr");

  private AssertReader() {}

  /** Whether a string is one assert statement. */
  static boolean isAssert(String text) {
    String t = text.strip();
    return t.startsWith("assert") && (t.length() == 6 || !Character.isJavaIdentifierPart(t.charAt(6)));
  }

  /** Whether a text is test code: it asserts, or defines HumanEval's check function or pytest tests. */
  static boolean isTestCode(String text) {
    return ASSERT_LINE.matcher(text).find() || CHECK_FUNCTION.matcher(text).find();
  }

  /** One test per assert of the list. */
  static List<TestCase> fromAsserts(List<String> asserts) {
    List<TestCase> tests = new ArrayList<>(asserts.size());
    for (String assertion : asserts) {
      tests.add(new AssertTest(assertion.strip()));
    }
    return tests;
  }

  /**
   * Test code as tests: a text of one-line asserts gives one test per line (partial credit per
   * assert); anything else (a check function, imports, asserts over several lines) is one test.
   */
  static List<TestCase> fromCode(String code) {
    List<String> lines = code.strip().lines().filter(line -> !line.isBlank()).toList();
    boolean oneAssertPerLine = lines.stream().allMatch(line -> isAssert(line) && !line.startsWith(" ")
        && !line.startsWith("\t") && balanced(line));
    if (oneAssertPerLine) {
      return fromAsserts(lines);
    }
    List<String> calls = testFunctionCalls(code);
    if (!calls.isEmpty() && !CHECK_FUNCTION.matcher(code).find()) {
      // The whole module each time (imports, helpers), then the one function this test is.
      List<TestCase> tests = new ArrayList<>(calls.size());
      for (String call : calls) {
        tests.add(new AssertTest(code.stripTrailing() + call));
      }
      return tests;
    }
    return List.of(new AssertTest(code));
  }

  /**
   * How each pytest test function of the module is called, in the module's order: fixture-free
   * ones as they are, parametrized ones once per parameter set; tests that take fixtures are left
   * out (there is nothing to give them).
   */
  private static List<String> testFunctionCalls(String code) {
    java.util.TreeMap<Integer, String> calls = new java.util.TreeMap<>();
    Matcher plain = TEST_FUNCTION.matcher(code);
    while (plain.find()) {
      calls.put(plain.start(), "\n\n" + plain.group(1) + "()\n");
    }
    Matcher mark = PARAMETRIZE.matcher(code);
    int from = 0;
    while (from < code.length() && mark.find(from)) {
      // The function the decorator stands over is the next top-level def (other decorators may sit between).
      Matcher def = TOP_LEVEL_DEF.matcher(code);
      if (!def.find(mark.end())) {
        break;
      }
      String name = def.group(2);
      if (def.group(1).equals("def") && name.startsWith("test_") && !calls.containsKey(def.start())) {
        calls.put(def.start(), PARAMETER_SETS + "\nfor _rlvr_kwargs in _rlvr_parameter_sets(" + name + "):\n    "
            + name + "(**_rlvr_kwargs)\n");
      }
      from = def.end();
    }
    return new ArrayList<>(calls.values());
  }

  /** The function an assert is about: the first call that is not a builtin wrapped around it. */
  static Optional<String> calledFunction(String assertion) {
    Matcher m = CALL.matcher(assertion);
    while (m.find()) {
      if (!NOT_THE_FUNCTION.contains(m.group(1))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Brackets close on the line: a line that opens more than it closes continues on the next. */
  private static boolean balanced(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
    }
    return depth <= 0 && !line.stripTrailing().endsWith("\\");
  }
}
