package dev.rlvr.grader.code.tests;

import static dev.rlvr.grader.code.tests.Records.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.Reference;
import dev.rlvr.sandbox.Language;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestSuiteReaderTest {

  private static Reference reference(Object groundTruth, Map<String, Object> extraInfo) {
    return new Reference(groundTruth, List.of(), "", "", "", "", extraInfo);
  }

  @Test
  void codeContestsSplitsAllCountAsStdinTests() {
    Map<String, Object> splits = Map.of(
        "public_tests", Map.of("input", List.of("1 2\n"), "output", List.of("3\n")),
        "private_tests", Map.of("input", List.of("5 6\n", "7 8\n"), "output", List.of("11\n", "15\n")),
        "generated_tests", Map.of("input", List.of(), "output", List.of()));
    TestSuite fromExtraInfo = TestSuiteReader.read(reference(null, splits), Map.of());
    assertThat(fromExtraInfo.style()).isEqualTo(TestStyle.STDIO);
    assertThat(fromExtraInfo.tests()).containsExactly(new StdioTest("1 2\n", "3\n"), new StdioTest("5 6\n", "11\n"),
        new StdioTest("7 8\n", "15\n"));
    Map<String, Object> uneven = Map.of("private_tests", Map.of("input", List.of("1\n"), "output", List.of()));
    assertThatThrownBy(() -> TestSuiteReader.read(reference(uneven, Map.of()), Map.of()))
        .isInstanceOf(InvalidTestsException.class).hasMessageContaining("1 inputs but 0 outputs");
  }

  @Nested
  class StdinStdout {
    @Test
    void readsAppsInputOutputGivenAsAJsonString() {
      TestSuite suite = suite("apps-stdin");
      assertThat(suite.style()).isEqualTo(TestStyle.STDIO);
      assertThat(suite.tests()).containsExactly(new StdioTest("3\n1 2 3\n", "6\n"), new StdioTest("1\n5\n", "5\n"));
      assertThat(suite.functionName()).isEmpty();
      assertThat(suite.checker()).isEmpty();
      assertThat(suite.timeLimitSeconds()).isEmpty();
      assertThat(suite.language()).isEmpty();
    }

    @Test
    void joinsTacoListsOfLinesAndReadsItsLimits() {
      TestSuite suite = suite("taco-lines");
      assertThat(suite.tests()).containsExactly(new StdioTest("2\n1\n5\n", "2\n10"), new StdioTest("1\n-3\n", "-6"));
      assertThat(suite.timeLimitSeconds()).contains(2.0);
      assertThat(suite.memoryLimitMb()).contains(256L);
    }

    @Test
    void readsLiveCodeBenchStdinTests() {
      TestSuite suite = suite("lcb-stdin");
      assertThat(suite.style()).isEqualTo(TestStyle.STDIO);
      assertThat(suite.tests()).containsExactly(new StdioTest("abc\n", "cba\n"), new StdioTest("x\n", "x\n"));
    }

    @Test
    void readsOpenR1TestCasesAndTheirLanguage() {
      TestSuite suite = suite("open-r1");
      assertThat(suite.style()).isEqualTo(TestStyle.STDIO);
      assertThat(suite.tests()).containsExactly(new StdioTest("1 2\n", "3\n"), new StdioTest("-5 5\n", "0"));
      assertThat(suite.language()).contains(Language.CPP);
    }

    @Test
    void readsVerlGroundTruthWithTheCheckerAndLimitsOfExtraInfo() {
      TestSuite suite = suite("verl-float");
      assertThat(suite.tests()).containsExactly(new StdioTest("1 3\n", "0.3333333333\n"));
      CheckerSpec checker = suite.checker().orElseThrow();
      assertThat(checker.kind()).isEqualTo(CheckerSpec.Kind.FLOAT);
      assertThat(checker.absoluteTolerance()).isEqualTo(1e-4);
      assertThat(checker.relativeTolerance()).as("one tolerance given stands for both").isEqualTo(1e-4);
      assertThat(suite.timeLimitSeconds()).contains(2.0);
      assertThat(suite.memoryLimitMb()).contains(128L);
    }

    @Test
    void acceptsWrappersAndOtherKeySpellings() {
      TestSuite tests = suite("tests-wrapper");
      assertThat(tests.tests()).containsExactly(new StdioTest("4\n", "16\n"));
      assertThat(tests.checker()).contains(CheckerSpec.of(CheckerSpec.Kind.LINES));
      assertThat(tests.language()).contains(Language.PYTHON);

      TestSuite cases = suite("test-cases-wrapper");
      assertThat(cases.tests()).containsExactly(new StdioTest("hi\n", "HI"));
      assertThat(cases.checker()).contains(CheckerSpec.of(CheckerSpec.Kind.YES_NO));
      assertThat(cases.timeLimitSeconds()).contains(1.5);
    }

    @Test
    void readsACustomCheckerProgram() {
      CheckerSpec checker = suite("custom-checker").checker().orElseThrow();
      assertThat(checker.kind()).isEqualTo(CheckerSpec.Kind.CUSTOM);
      assertThat(checker.program()).isEqualTo("import sys\nsys.exit(0)");
      assertThat(checker.programLanguage()).isEqualTo("python");
    }

    @Test
    void numbersOfAnyJavaTypeBecomeTheTextAProgramPrints() {
      Map<String, Object> groundTruth = Map.of(
          "inputs", List.of(1, 2.5, new BigDecimal("1E+3"), List.of(7L, 8)),
          "outputs", List.of(new BigDecimal("3.0"), 4L, 5.0, true));
      TestSuite suite = TestSuiteReader.read(reference(groundTruth, Map.of("time_limit_s", new BigDecimal("2.5"),
          "memory_limit_mb", 256.0)), Map.of());
      assertThat(suite.tests()).containsExactly(new StdioTest("1\n", "3.0"), new StdioTest("2.5\n", "4"),
          new StdioTest("1000\n", "5"), new StdioTest("7\n8\n", "true"));
      assertThat(suite.timeLimitSeconds()).contains(2.5);
      assertThat(suite.memoryLimitMb()).contains(256L);
    }

    @Test
    void readsCodeContestsLimitsAndASinglePairWithoutLists() {
      Map<String, Object> extra = Map.of("time_limit", Map.of("seconds", 1L, "nanos", 500_000_000L),
          "memory_limit_bytes", 268_435_456L);
      TestSuite suite = TestSuiteReader.read(reference(Map.of("inputs", "2 2", "outputs", "4"), extra), Map.of());
      assertThat(suite.tests()).containsExactly(new StdioTest("2 2\n", "4"));
      assertThat(suite.timeLimitSeconds()).contains(1.5);
      assertThat(suite.memoryLimitMb()).contains(256L);
    }

    @Test
    void readsLimitsWrittenWithUnits() {
      TestSuite suite = TestSuiteReader.read(reference(Map.of("inputs", List.of("1"), "outputs", List.of("1")),
          Map.of("time_limit", "1500 ms", "memory_limit", "1 GB")), Map.of());
      assertThat(suite.timeLimitSeconds()).contains(1.5);
      assertThat(suite.memoryLimitMb()).contains(1024L);
    }

    @Test
    void anEmptyInputStaysEmpty() {
      TestSuite suite = TestSuiteReader.read(reference(List.of(Map.of("input", "", "output", "42\n")), Map.of()),
          Map.of());
      assertThat(suite.tests()).containsExactly(new StdioTest("", "42\n"));
    }
  }

  @Nested
  class FunctionCalls {
    @Test
    void readsAppsCallBasedTestsKeepingTheWrappedResults() {
      TestSuite suite = suite("apps-call");
      assertThat(suite.style()).isEqualTo(TestStyle.CALL);
      assertThat(suite.functionName()).isEqualTo("count_bits");
      assertThat(suite.tests()).containsExactly(
          new CallTest(List.of(0L), List.of(0L)), new CallTest(List.of(4L), List.of(1L)),
          new CallTest(List.of(7L), List.of(3L)), new CallTest(List.of(10L), List.of(2L)));
    }

    @Test
    void readsLiveCodeBenchFunctionalTestsOneJsonValuePerLine() {
      TestSuite suite = suite("lcb-functional");
      assertThat(suite.style()).isEqualTo(TestStyle.CALL);
      assertThat(suite.functionName()).isEqualTo("twoSum");
      assertThat(suite.tests()).containsExactly(
          new CallTest(List.of(List.of(2L, 7L, 11L, 15L), 9L), List.of(0L, 1L)),
          new CallTest(List.of(List.of(3L, 2L, 4L), 6L), List.of(1L, 2L)),
          new CallTest(Arrays.asList("leetcode", true, null), "e"),
          new CallTest(List.of("not json", new BigDecimal("1.5")), false));
    }

    @Test
    void findsTheFunctionNameInTheRolloutsMetadata() {
      List<Map<String, Object>> cases = List.of(Map.of("input", "1\n2", "output", "3", "testtype", "functional"));
      TestSuite fromObject = TestSuiteReader.read(reference(cases, Map.of()),
          Map.of("metadata", Map.of("func_name", "add")));
      assertThat(fromObject.functionName()).isEqualTo("add");
      TestSuite direct = TestSuiteReader.read(reference(cases, Map.of()), Map.of("entry_point", "plus"));
      assertThat(direct.functionName()).isEqualTo("plus");
      assertThat(direct.tests()).containsExactly(new CallTest(List.of(1L, 2L), 3L));
    }

    @Test
    void anExplicitNameWinsOverTheMetadata() {
      List<Map<String, Object>> cases = List.of(Map.of("input", "1", "output", "1", "type", "function_call"));
      TestSuite suite = TestSuiteReader.read(reference(cases, Map.of("fn_name", "explicit",
          "metadata", "{\"func_name\": \"fromMetadata\"}")), Map.of());
      assertThat(suite.functionName()).isEqualTo("explicit");
    }

    @Test
    void anArgumentListGivenAsAListIsUsedAsItIs() {
      List<Map<String, Object>> cases = List.of(Map.of("input", List.of("a", 2), "output", "aa", "testtype",
          "functional"));
      TestSuite suite = TestSuiteReader.read(reference(cases, Map.of("func_name", "repeat")), null);
      assertThat(suite.tests()).containsExactly(new CallTest(List.of("a", 2), "aa"));
    }
  }

  @Nested
  class Asserts {
    @Test
    void readsHumanEvalAsOneCheckFunction() {
      TestSuite suite = suite("humaneval");
      assertThat(suite.style()).isEqualTo(TestStyle.ASSERT);
      assertThat(suite.functionName()).isEqualTo("has_close_elements");
      assertThat(suite.tests()).hasSize(1);
      assertThat(((AssertTest) suite.tests().get(0)).code()).startsWith("METADATA = {'author': 'jt'}")
          .contains("def check(candidate):");
    }

    @Test
    void readsHumanEvalFromExtraInfo() {
      TestSuite suite = suite("humaneval-extra");
      assertThat(suite.functionName()).isEqualTo("add");
      assertThat(suite.tests()).containsExactly(new AssertTest("def check(candidate):\n    assert candidate(2, 3) == 5\n"));
    }

    @Test
    void readsMbppOneTestPerAssertWithSetupAndTheCalledFunction() {
      TestSuite suite = suite("mbpp");
      assertThat(suite.style()).isEqualTo(TestStyle.ASSERT);
      assertThat(suite.tests()).hasSize(3).allSatisfy(test -> assertThat(((AssertTest) test).code())
          .startsWith("assert set(similar_elements("));
      assertThat(suite.functionName()).as("set(...) wraps the call; the function is inside").isEqualTo(
          "similar_elements");
      assertThat(suite.setupCode()).isEqualTo("from collections import Counter\nimport math");
    }

    @Test
    void readsAListOfAssertsGivenAsJsonText() {
      TestSuite suite = suite("asserts");
      assertThat(suite.tests()).containsExactly(new AssertTest("assert is_even(2) == True"),
          new AssertTest("assert is_even(3) == False"), new AssertTest("assert not is_even(-1)"));
      assertThat(suite.functionName()).isEqualTo("is_even");
    }

    @Test
    void splitsATextOfOneLineAssertsButKeepsOtherTestCodeWhole() {
      TestSuite lines = TestSuiteReader.read(reference("assert f(1) == 2\n\nassert f(2) == 4\n", Map.of()), Map.of());
      assertThat(lines.tests()).containsExactly(new AssertTest("assert f(1) == 2"), new AssertTest("assert f(2) == 4"));
      assertThat(lines.functionName()).isEqualTo("f");

      String code = "import math\nassert math.isclose(area(2), 12.566, rel_tol=1e-3)\nassert area(0) == 0\n";
      TestSuite whole = TestSuiteReader.read(reference(code, Map.of()), Map.of());
      assertThat(whole.tests()).containsExactly(new AssertTest(code));

      String multiLine = "assert g([1,\n  2]) == 3\n";
      assertThat(TestSuiteReader.read(reference(multiLine, Map.of()), Map.of()).tests()).hasSize(1);
    }

    @Test
    void takesMbppSetupCodeFromExtraInfoWhenTheAssertsAreTheGroundTruth() {
      TestSuite suite = TestSuiteReader.read(reference(List.of("assert f(1) == 1"),
          Map.of("test_setup_code", "import re", "test_list", List.of("assert ignored(0)"))), Map.of());
      assertThat(suite.tests()).containsExactly(new AssertTest("assert f(1) == 1"));
      assertThat(suite.setupCode()).isEqualTo("import re");
    }

    @Test
    void anEntryPointGivenOutrightWinsOverTheGuess() {
      TestSuite suite = TestSuiteReader.read(reference(List.of("assert helper(solve(1)) == 1"),
          Map.of("entry_point", "solve")), Map.of());
      assertThat(suite.functionName()).isEqualTo("solve");
    }
  }

  @Nested
  class Malformed {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apps-no-outputs | has inputs but no outputs",
        "apps-mismatched | has 3 inputs but 2 outputs",
        "apps-empty | empty lists of inputs and outputs",
        "lcb-no-func-name | need a function name",
        "lcb-case-without-output | test 2 has no output",
        "mixed-types | mix stdin/stdout and function-call",
        "unknown-type | unknown type 'interactive'",
        "math | no tests in the reference: the ground truth is the text \"72\", not tests",
        "unknown-checker | unknown checker 'fuzzy'",
        "custom-without-program | custom checker has no program",
        "negative-tolerance | tolerance must be a non-negative number"})
    void aBrokenRecordGetsAClearError(String id, String message) {
      assertThatThrownBy(() -> suite(id)).isInstanceOf(InvalidTestsException.class).hasMessageContaining(message);
    }

    @Test
    void noGroundTruthAtAllSaysWhereItLooked() {
      assertThatThrownBy(() -> TestSuiteReader.read(Reference.none(), Map.of()))
          .isInstanceOf(InvalidTestsException.class).hasMessage("no tests in the reference: the ground truth is missing");
      assertThatThrownBy(() -> TestSuiteReader.read(reference(Map.of("answer", "5"), Map.of("split", "train")), null))
          .isInstanceOf(InvalidTestsException.class)
          .hasMessageContaining("has none of the test keys (it has [answer])")
          .hasMessageContaining("extra_info has none of the test keys (it has [split])");
    }

    @Test
    void listsThatAreNotTestsAreNamed() {
      assertThatThrownBy(() -> TestSuiteReader.read(reference(List.of("72", "72.0"), Map.of()), Map.of()))
          .isInstanceOf(InvalidTestsException.class).hasMessageContaining("neither test objects nor assert statements");
      assertThatThrownBy(() -> TestSuiteReader.read(reference(List.of(), Map.of()), Map.of()))
          .isInstanceOf(InvalidTestsException.class).hasMessageContaining("an empty list");
    }

    @Test
    void truncatedJsonSaysWhereItBroke() {
      assertThatThrownBy(() -> TestSuiteReader.read(reference("{\"inputs\": [\"1\\n\"], \"outputs\": [\"1\\n\"]",
          Map.of()), Map.of()))
          .isInstanceOf(InvalidTestsException.class)
          .hasMessageContaining("the ground truth is not valid JSON (Unexpected end-of-input")
          .hasMessageContaining("at line 1, column ")
          .hasMessageNotContaining("Source");
    }

    @Test
    void anEmptyTestListSaysItIsEmpty() {
      assertThatThrownBy(() -> TestSuiteReader.read(reference(null, Map.of("test_list", List.of())), Map.of()))
          .isInstanceOf(InvalidTestsException.class).hasMessage("extra_info.test_list is an empty list");
    }

    @Test
    void anObjectWhereTextBelongsIsRefused() {
      Map<String, Object> groundTruth = Map.of("inputs", List.of(Map.of("a", 1)), "outputs", List.of("1"));
      assertThatThrownBy(() -> TestSuiteReader.read(reference(groundTruth, Map.of()), Map.of()))
          .isInstanceOf(InvalidTestsException.class).hasMessageContaining("the input of test 1 must be text");
    }

    @Test
    void unreadableLimitsAreIgnoredNotFatal() {
      Map<String, Object> extra = new HashMap<>();
      extra.put("time_limit", "None");
      extra.put("memory_limit_mb", -5);
      TestSuite suite = TestSuiteReader.read(reference(Map.of("inputs", List.of("1"), "outputs", List.of("1")),
          extra), Map.of());
      assertThat(suite.timeLimitSeconds()).isEqualTo(Optional.empty());
      assertThat(suite.memoryLimitMb()).isEqualTo(Optional.empty());
    }
  }
}
