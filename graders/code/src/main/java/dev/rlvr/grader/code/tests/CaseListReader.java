package dev.rlvr.grader.code.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists of test-case objects: LiveCodeBench's {input, output, testtype}, open-r1's
 * {input, output, type}, open-instruct's {input, output}, and the stdin/stdout and
 * expected_output spellings of the same.
 */
final class CaseListReader {
  static final String[] INPUT_KEYS = {"input", "stdin", "inputs", "args", "arguments"};
  static final String[] OUTPUT_KEYS = {"output", "stdout", "expected_output", "expected", "outputs", "expected_stdout"};
  private static final String[] TYPE_KEYS = {"testtype", "type", "test_type"};

  private CaseListReader() {}

  /** What a list of cases holds. */
  record Cases(TestStyle style, List<TestCase> tests) {}

  /**
   * @param cases the case objects
   * @throws InvalidTestsException for a case without an input or output, an unknown type or mixed types
   */
  static Cases read(List<Map<?, ?>> cases) {
    TestStyle style = null;
    for (int i = 0; i < cases.size(); i++) {
      TestStyle own = styleOf(cases.get(i), i);
      if (style != null && own != style) {
        throw new InvalidTestsException("the tests mix stdin/stdout and function-call cases (test " + (i + 1) + ")");
      }
      style = own;
    }
    List<TestCase> tests = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      Map<?, ?> item = cases.get(i);
      Object input = Values.get(item, INPUT_KEYS).orElseThrow(() -> missing("input", INPUT_KEYS, item, tests.size()));
      Object output = Values.get(item, OUTPUT_KEYS).orElseThrow(() -> missing("output", OUTPUT_KEYS, item, tests.size()));
      tests.add(style == TestStyle.CALL ? callTest(input, output) : stdioTest(input, output, i));
    }
    return new Cases(style, tests);
  }

  private static TestStyle styleOf(Map<?, ?> item, int index) {
    String type = Values.text(item, TYPE_KEYS).orElse("stdin").toLowerCase(Locale.ROOT).replace('-', '_');
    return switch (type) {
      case "stdin", "stdin_stdout", "stdio", "standard_io", "io", "input_output" -> TestStyle.STDIO;
      case "functional", "function_call", "function", "call", "call_based", "fn_call" -> TestStyle.CALL;
      default -> throw new InvalidTestsException("test " + (index + 1) + " has an unknown type '" + type
          + "': use stdin or functional");
    };
  }

  static StdioTest stdioTest(Object input, Object output, int index) {
    String stdin = Values.asText(input, "the input of test " + (index + 1));
    return new StdioTest(withFinalNewline(stdin), Values.asText(output, "the output of test " + (index + 1)));
  }

  /** Programs reading lines expect the last one to end; a judge's input file always does. */
  static String withFinalNewline(String input) {
    return input.isEmpty() || input.endsWith("\n") ? input : input + "\n";
  }

  /**
   * LiveCodeBench's functional input is one JSON value per line, one line per argument; its
   * output one JSON value. A line that is not JSON is taken as a string. An input given as a list
   * already is the argument list.
   */
  private static CallTest callTest(Object input, Object output) {
    List<Object> arguments = new ArrayList<>();
    if (input instanceof List<?> list) {
      arguments.addAll(list);
    } else if (input instanceof String text) {
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          arguments.add(Values.parseJson(line, line));
        }
      }
    } else {
      arguments.add(input);
    }
    Object expected = output instanceof String text ? Values.parseJson(text, text) : output;
    return new CallTest(arguments, expected);
  }

  private static InvalidTestsException missing(String what, String[] keys, Map<?, ?> item, int index) {
    return new InvalidTestsException("test " + (index + 1) + " has no " + what + " (looked for "
        + String.join(", ", keys) + "; it has " + item.keySet() + ")");
  }
}
