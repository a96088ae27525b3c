package dev.rlvr.grader.code.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssertReaderPytestTest {

  @Test
  void eachFixturelessTestFunctionIsATestThatCallsIt() {
    String code = "from solution import f\n\ndef test_a():\n    assert f(1) == 1\n\ndef test_b() -> None:\n"
        + "    assert f(2) == 4\n\ndef test_fixture(tmp_path):\n    pass\n\ndef helper():\n    return 1\n";
    List<TestCase> tests = AssertReader.fromCode(code);
    assertThat(tests).hasSize(2);
    assertThat(((AssertTest) tests.get(0)).code()).startsWith(code.stripTrailing()).endsWith("\n\ntest_a()\n");
    assertThat(((AssertTest) tests.get(1)).code()).endsWith("\n\ntest_b()\n");
  }

  @Test
  void aCheckFunctionStaysOneTest() {
    String code = "def check(candidate):\n    assert candidate(1) == 1\n\ndef test_unused():\n    pass\n";
    assertThat(AssertReader.fromCode(code)).containsExactly(new AssertTest(code));
  }

  @Test
  void aParametrizedTestIsOneTestThatRunsEveryParameterSet() {
    String code = "import pytest\nfrom solution import add\n\n@pytest.mark.parametrize('a,b,c', [\n    (1, 2, 3),\n"
        + "])\n@pytest.mark.slow\ndef test_p(a, b, c):\n    assert add(a, b) == c\n\ndef test_plain():\n    assert add(0, 0) == 0\n";
    List<TestCase> tests = AssertReader.fromCode(code);
    assertThat(tests).hasSize(2);
    assertThat(((AssertTest) tests.get(0)).code()).startsWith(code.stripTrailing())
        .contains("def _rlvr_parameter_sets(function):")
        .endsWith("for _rlvr_kwargs in _rlvr_parameter_sets(test_p):\n    test_p(**_rlvr_kwargs)\n");
    assertThat(((AssertTest) tests.get(1)).code()).endsWith("\n\ntest_plain()\n");
  }
}
