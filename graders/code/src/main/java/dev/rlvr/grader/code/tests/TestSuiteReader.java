package dev.rlvr.grader.code.tests;

import dev.rlvr.api.Reference;
import dev.rlvr.sandbox.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the tests of a code problem from its record, in the shapes datasets ship them:
 * APPS/TACO {@code {"inputs", "outputs", "fn_name"?}}, LiveCodeBench and open-r1 lists of
 * {@code {"input", "output", "testtype"|"type"}}, HumanEval {@code {"test", "entry_point"}},
 * MBPP {@code {"test_list", "test_setup_code"}}, a list of assert statements, and the
 * {@code tests}/{@code test_cases} wrappers around any of them. The ground truth is searched
 * first, then {@code extra_info}. Settings ({@code checker}, {@code fn_name}/{@code func_name}/
 * {@code entry_point}, limits, language) come from the objects met on the way, {@code extra_info},
 * a {@code metadata} object or JSON string in either, and the rollout's metadata.
 */
public final class TestSuiteReader {
  private static final int MAX_DEPTH = 6;
  /** Keys that hold the tests one level down, in the order they are tried. */
  private static final List<String> WRAPPERS = List.of("input_output", "tests", "test_cases", "public_test_cases",
      "testcases", "unit_tests", "verification_info", "ground_truth", "reward_model");
  private static final String[] FUNCTION_KEYS = {"fn_name", "func_name", "entry_point", "function_name"};
  private static final String[] ASSERT_LIST_KEYS = {"test_list", "asserts", "assert_tests", "test_asserts"};
  /** CodeContests keeps its stdin/stdout pairs in three splits of parallel lists, all of which count. */
  private static final List<String> CONTEST_SPLITS = List.of("public_tests", "private_tests", "generated_tests");

  private TestSuiteReader() {}

  /**
   * @param reference the record's reference
   * @param rolloutMetadata the rollout's metadata (may hold a function name); may be null
   * @return the tests, never empty
   * @throws InvalidTestsException when the record has no tests or they cannot be read; the
   *     message says what was found instead
   */
  public static TestSuite read(Reference reference, Map<String, Object> rolloutMetadata) {
    Objects.requireNonNull(reference, "reference");
    Map<String, Object> metadata = rolloutMetadata == null ? Map.of() : rolloutMetadata;
    Search search = new Search();
    Found located = locate(reference, search);
    Found found = located.style() == TestStyle.ASSERT && located.setupCode().isEmpty()
        ? withSetup(located, reference.extraInfo()) // asserts in the ground truth, MBPP's setup beside them
        : located;

    List<Map<?, ?>> recordScopes = new ArrayList<>(search.scopes); // innermost ground-truth object first
    recordScopes.add(reference.extraInfo());
    List<Map<?, ?>> nameScopes = new ArrayList<>(recordScopes);
    nameScopes.add(metadata);
    List<Map<?, ?>> limitScopes = new ArrayList<>();
    limitScopes.add(reference.extraInfo()); // the issue puts per-record limits in extra_info
    limitScopes.addAll(search.scopes);

    String function = "";
    if (found.style() != TestStyle.STDIO) {
      function = functionName(nameScopes).or(() -> found.inferredFunction()).orElse("");
      if (function.isEmpty() && found.style() == TestStyle.CALL) {
        throw new InvalidTestsException("function-call tests need a function name: looked for "
            + String.join(", ", FUNCTION_KEYS) + " and metadata.func_name in the ground truth, extra_info and "
            + "the rollout's metadata");
      }
    }
    return new TestSuite(found.style(), found.tests(), function, found.setupCode(),
        SuiteOptions.checker(recordScopes), SuiteOptions.timeLimitSeconds(limitScopes),
        SuiteOptions.memoryLimitMb(limitScopes), language(reference, recordScopes));
  }

  private static Found locate(Reference reference, Search search) {
    Found found = search.find(reference.groundTruth(), "the ground truth", 0);
    if (found == null && !reference.extraInfo().isEmpty()) {
      found = search.find(reference.extraInfo(), "extra_info", 0);
    }
    if (found == null) {
      throw new InvalidTestsException("no tests in the reference: " + String.join("; ", search.seen));
    }
    return found;
  }

  /** Tests as found, before the settings around them are read. */
  private record Found(TestStyle style, List<TestCase> tests, String setupCode, Optional<String> inferredFunction) {
    static Found of(TestStyle style, List<TestCase> tests) {
      return new Found(style, tests, "", Optional.empty());
    }
  }

  /** One search through a value; remembers the objects it went through and what it saw. */
  private static final class Search {
    final List<Map<?, ?>> scopes = new ArrayList<>();
    final List<String> seen = new ArrayList<>();

    Found find(Object raw, String where, int depth) {
      if (depth > MAX_DEPTH) {
        throw new InvalidTestsException(where + " is nested too deeply to hold tests");
      }
      Object value = Values.decodeNested(raw);
      if (value == null) {
        seen.add(where + " is missing");
        return null;
      }
      if (value instanceof Map<?, ?> map) {
        return inObject(map, where, depth);
      }
      if (value instanceof List<?> list) {
        return inList(list, where);
      }
      if (value instanceof String text && AssertReader.isTestCode(text)) {
        return asserts(AssertReader.fromCode(text));
      }
      Optional<String> badJson = value instanceof String text ? Values.jsonError(text) : Optional.empty();
      if (badJson.isPresent()) {
        seen.add(where + " is not valid JSON (" + badJson.get() + ")");
        return null;
      }
      seen.add(where + " is " + Values.describe(value) + ", not tests");
      return null;
    }

    private Found inObject(Map<?, ?> map, String where, int depth) {
      scopes.add(0, map);
      if (Values.hasAny(map, "inputs", "outputs")) {
        return IoPairs.read(map, where);
      }
      Optional<Object> assertList = Values.get(map, ASSERT_LIST_KEYS);
      if (assertList.isPresent()) {
        Found found = inList(asList(Values.decodeNested(assertList.get())), where + ".test_list");
        if (found != null) {
          return withSetup(found, map);
        }
        throw new InvalidTestsException(seen.isEmpty() ? where + ".test_list is not a list of assert statements"
            : seen.get(seen.size() - 1));
      }
      Object test = Values.decodeNested(map.get("test"));
      if (test instanceof String code && !code.isBlank()) {
        // check(candidate) stays one test; pytest functions and one-line asserts become one test each.
        return withSetup(new Found(TestStyle.ASSERT, AssertReader.fromCode(code), "", Optional.empty()), map);
      }
      if (test instanceof List<?> list) {
        Found found = inList(list, where + ".test");
        if (found != null) {
          return withSetup(found, map);
        }
      }
      if (Values.hasAny(map, CONTEST_SPLITS.toArray(String[]::new))) {
        return contestSplits(map, where);
      }
      if (Values.hasAny(map, CaseListReader.INPUT_KEYS) && Values.hasAny(map, CaseListReader.OUTPUT_KEYS)) {
        return inList(List.of(map), where);
      }
      for (String key : WRAPPERS) {
        if (map.get(key) != null) {
          Found found = find(map.get(key), where + "." + key, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
      seen.add(where + " has none of the test keys (it has " + map.keySet() + ")");
      return null;
    }

    private Found inList(List<?> list, String where) {
      if (list.isEmpty()) {
        seen.add(where + " is an empty list");
        return null;
      }
      if (list.stream().allMatch(item -> item instanceof Map)) {
        List<Map<?, ?>> cases = list.stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
        CaseListReader.Cases read = CaseListReader.read(cases);
        return Found.of(read.style(), read.tests());
      }
      if (list.stream().allMatch(item -> item instanceof String s && AssertReader.isAssert(s))) {
        return asserts(AssertReader.fromAsserts(list.stream().map(String.class::cast).toList()));
      }
      seen.add(where + " is a list that holds neither test objects nor assert statements");
      return null;
    }

    private static List<?> asList(Object value) {
      return value instanceof List<?> list ? list : value instanceof String s ? List.of(s) : List.of(value);
    }
  }

  /** CodeContests' {"public_tests": {"input": [...], "output": [...]}, "private_tests": ..., ...}. */
  private static Found contestSplits(Map<?, ?> map, String where) {
    List<TestCase> tests = new ArrayList<>();
    for (String split : CONTEST_SPLITS) {
      Object value = Values.decodeNested(map.get(split));
      if (value == null) {
        continue;
      }
      if (!(value instanceof Map<?, ?> pairs) || !(Values.decodeNested(pairs.get("input")) instanceof List<?> in)
          || !(Values.decodeNested(pairs.get("output")) instanceof List<?> out)) {
        throw new InvalidTestsException(where + "." + split + " is not {\"input\": [...], \"output\": [...]}");
      }
      if (in.size() != out.size()) {
        throw new InvalidTestsException(where + "." + split + " has " + in.size() + " inputs but " + out.size()
            + " outputs");
      }
      for (int i = 0; i < in.size(); i++) {
        tests.add(CaseListReader.stdioTest(in.get(i), out.get(i), tests.size()));
      }
    }
    if (tests.isEmpty()) {
      throw new InvalidTestsException(where + " has CodeContests splits without a single test");
    }
    return Found.of(TestStyle.STDIO, tests);
  }

  private static Found asserts(List<TestCase> tests) {
    Optional<String> function = tests.isEmpty() ? Optional.empty()
        : AssertReader.calledFunction(((AssertTest) tests.get(0)).code());
    return new Found(TestStyle.ASSERT, tests, "", function);
  }

  /** MBPP's test_setup_code and test_imports, run before the asserts. */
  private static Found withSetup(Found found, Map<?, ?> map) {
    StringBuilder setup = new StringBuilder();
    Object imports = map.get("test_imports");
    if (imports instanceof List<?> lines) {
      lines.stream().filter(String.class::isInstance).forEach(line -> setup.append(line).append('\n'));
    } else if (imports instanceof String line && !line.isBlank()) {
      setup.append(line).append('\n');
    }
    if (map.get("test_setup_code") instanceof String code && !code.isBlank()) {
      setup.append(code);
    }
    return new Found(found.style(), found.tests(), setup.toString(), found.inferredFunction());
  }

  /** fn_name and its spellings in each scope, then in each scope's metadata (an object or JSON text). */
  private static Optional<String> functionName(List<Map<?, ?>> scopes) {
    for (Map<?, ?> scope : scopes) {
      Optional<String> name = Values.text(scope, FUNCTION_KEYS);
      if (name.isPresent()) {
        return name;
      }
    }
    for (Map<?, ?> scope : scopes) {
      if (Values.decodeNested(scope.get("metadata")) instanceof Map<?, ?> metadata) {
        Optional<String> name = Values.text(metadata, FUNCTION_KEYS);
        if (name.isPresent()) {
          return name;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Language> language(Reference reference, List<Map<?, ?>> scopes) {
    Optional<Language> named = Language.find(reference.language());
    if (named.isPresent() || !reference.language().isBlank()) {
      return named;
    }
    for (Map<?, ?> scope : scopes) {
      Optional<String> name = Values.text(scope, "language", "lang");
      if (name.isPresent()) {
        return Language.find(name.get());
      }
    }
    return Optional.empty();
  }

  /** APPS/TACO input_output: parallel lists of inputs and outputs; fn_name makes them calls. */
  private static final class IoPairs {
    static Found read(Map<?, ?> map, String where) {
      Object inputs = Values.decodeNested(map.get("inputs"));
      Object outputs = Values.decodeNested(map.get("outputs"));
      if (inputs instanceof String && outputs instanceof String) {
        inputs = List.of(inputs); // one stdin/stdout pair written without the lists
        outputs = List.of(outputs);
      }
      if (!(inputs instanceof List<?> in)) {
        throw new InvalidTestsException(where + " has outputs but " + (inputs == null ? "no inputs"
            : "inputs that are " + Values.describe(inputs) + ", not a list"));
      }
      if (!(outputs instanceof List<?> out)) {
        throw new InvalidTestsException(where + " has inputs but " + (outputs == null ? "no outputs"
            : "outputs that are " + Values.describe(outputs) + ", not a list"));
      }
      if (in.size() != out.size()) {
        throw new InvalidTestsException(where + " has " + in.size() + " inputs but " + out.size() + " outputs");
      }
      if (in.isEmpty()) {
        throw new InvalidTestsException(where + " has empty lists of inputs and outputs");
      }
      boolean calls = Values.text(map, "fn_name").isPresent();
      List<TestCase> tests = new ArrayList<>(in.size());
      for (int i = 0; i < in.size(); i++) {
        tests.add(calls ? new CallTest(arguments(in.get(i)), out.get(i)) : CaseListReader.stdioTest(in.get(i), out.get(i), i));
      }
      return Found.of(calls ? TestStyle.CALL : TestStyle.STDIO, tests);
    }

    /** An APPS call input is the argument list; anything else is a single argument. */
    private static List<Object> arguments(Object input) {
      if (input instanceof List<?> list) {
        return new ArrayList<>(list);
      }
      List<Object> single = new ArrayList<>(1);
      single.add(input);
      return single;
    }
  }
}
