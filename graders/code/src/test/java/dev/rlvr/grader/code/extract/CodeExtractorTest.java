package dev.rlvr.grader.code.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Language;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeExtractorTest {
  private static final CodeExtractor LAST = new CodeExtractor(AnswerSection.AUTO, BlockChoice.LAST);

  private static String code(Optional<ExtractedCode> code) {
    return code.map(ExtractedCode::source).orElse(null);
  }

  @Test
  void takesTheLastBlockOfTheAnswerAndItsLanguage() {
    String completion = "<think>try:\n```python\nprint(1)\n```\n</think>\n<answer>Final:\n```cpp\nint main(){}\n```\n"
        + "and again\n```c++\nint main(){return 0;}\n```</answer>";
    Optional<ExtractedCode> code = LAST.extract(completion, Optional.empty());
    assertThat(code(code)).isEqualTo("int main(){return 0;}\n");
    assertThat(code.orElseThrow().fenceLanguage()).contains(Language.CPP);
  }

  @Test
  void codeThatOnlyAppearsInTheReasoningIsNoAnswer() {
    String completion = "<think>\n```python\nprint(1)\n```\n</think><answer>I printed one.</answer>";
    assertThat(LAST.extract(completion, Optional.empty())).isEmpty();
    assertThat(new CodeExtractor(AnswerSection.COMPLETION, BlockChoice.LAST).extract(completion, Optional.empty()))
        .isPresent();
  }

  @Test
  void afterThinkWhenThereIsNoAnswerBlock() {
    String completion = "reasoning\n```python\nx = 1\n```\n</think>\nHere:\n```python\nprint(2)\n```\n";
    assertThat(code(LAST.extract(completion, Optional.empty()))).isEqualTo("print(2)\n");
  }

  @Test
  void firstAndLongestAreChoices() {
    String completion = "```python\na = 1\nb = 2\nprint(a + b)\n```\n```python\nprint(3)\n```";
    assertThat(code(new CodeExtractor(AnswerSection.AUTO, BlockChoice.FIRST).extract(completion, Optional.empty())))
        .startsWith("a = 1");
    assertThat(code(new CodeExtractor(AnswerSection.AUTO, BlockChoice.LONGEST).extract(completion, Optional.empty())))
        .startsWith("a = 1");
    assertThat(code(LAST.extract(completion, Optional.empty()))).isEqualTo("print(3)\n");
  }

  @Test
  void examplesAndOtherLanguagesAreNotTheProgram() {
    String completion = "```python\nprint(input())\n```\nExample run:\n```text\n5\n```\n```bash\npython a.py\n```";
    assertThat(code(LAST.extract(completion, Optional.empty()))).isEqualTo("print(input())\n");
    String rust = "```rust\nfn main(){}\n```";
    assertThat(LAST.extract(rust, Optional.empty())).isEmpty();
  }

  @Test
  void aRequiredLanguageSkipsBlocksInAnother() {
    String completion = "```cpp\nint main(){}\n```\n```python\nprint(1)\n```\n```java\nclass A{}\n```";
    assertThat(code(LAST.extract(completion, Optional.of(Language.PYTHON)))).isEqualTo("print(1)\n");
  }

  @Test
  void untaggedBlocksCountAndTildesAndLongFencesWork() {
    assertThat(code(LAST.extract("```\nprint(1)\n```", Optional.empty()))).isEqualTo("print(1)\n");
    assertThat(code(LAST.extract("~~~py\nprint(1)\n~~~", Optional.empty()))).isEqualTo("print(1)\n");
    String nested = "````markdown\n```python\nx\n```\n````\n````python\ns = '```'\nprint(s)\n````";
    assertThat(code(LAST.extract(nested, Optional.empty()))).isEqualTo("s = '```'\nprint(s)\n");
  }

  @Test
  void aTruncatedLastBlockIsStillTheProgram() {
    Optional<ExtractedCode> code = LAST.extract("<answer>\n```python\nprint(1)\nprint(2", Optional.empty());
    assertThat(code(code)).isEqualTo("print(1)\nprint(2\n");
  }

  @Test
  void noFenceNoAnswerAndInlineBackticksAreNotFences() {
    assertThat(LAST.extract("print(1)", Optional.empty())).isEmpty();
    assertThat(LAST.extract("use ```print(1)``` here", Optional.empty())).isEmpty();
    assertThat(LAST.extract("", Optional.empty())).isEmpty();
    assertThat(new CodeExtractor(AnswerSection.ANSWER_TAG, BlockChoice.LAST)
        .extract("```python\nprint(1)\n```", Optional.empty())).isEmpty();
  }

  @Test
  void blankBlocksAreSkippedAndCarriageReturnsTolerated() {
    String completion = "```python\r\nprint(1)\r\n```\r\n```python\n\n```";
    assertThat(code(LAST.extract(completion, Optional.empty()))).isEqualTo("print(1)\r\n");
  }

  @Test
  void aFenceInAListItemLosesItsIndentation() {
    String completion = "1. The program:\n   ```python\n   def main():\n       print(1)\n   main()\n   ```\n";
    assertThat(code(LAST.extract(completion, Optional.empty()))).isEqualTo("def main():\n    print(1)\nmain()\n");
    // Only as many spaces as the fence had come off, as in CommonMark.
    assertThat(code(LAST.extract(" ```python\nif x:\n    y()\n ```", Optional.empty()))).isEqualTo("if x:\n   y()\n");
  }

  @Test
  void aTagWithAFileNameStillNamesTheLanguage() {
    Optional<ExtractedCode> code = LAST.extract("```python:solution.py\nprint(1)\n```", Optional.empty());
    assertThat(code.orElseThrow().fenceLanguage()).contains(Language.PYTHON);
    assertThat(LAST.extract("```cpp,numberLines\nint main(){}\n```", Optional.empty()).orElseThrow().fenceLanguage())
        .contains(Language.CPP);
  }

  @Test
  void anUntaggedSampleAfterTheTaggedSolutionIsNotTheProgram() {
    String completion = "```python\nprint(sum(map(int, input().split())))\n```\nExample:\n```\n1 2\n```\nOutput:\n```\n3\n```";
    assertThat(code(LAST.extract(completion, Optional.empty()))).startsWith("print(sum(");
    // With nothing tagged, the untagged blocks are still the candidates.
    assertThat(code(LAST.extract("```\nprint(1)\n```\n```\nprint(2)\n```", Optional.empty()))).isEqualTo("print(2)\n");
  }

  @Test
  void theRecordsLanguageWinsOverABlockInAnother() {
    String completion = "```cpp\nint main(){}\n```\nA brute force to compare with:\n```python\nprint(0)\n```";
    assertThat(code(LAST.extract(completion, Optional.empty(), Optional.of(Language.CPP), ""))).isEqualTo("int main(){}\n");
    assertThat(code(LAST.extract(completion, Optional.empty(), Optional.empty(), ""))).isEqualTo("print(0)\n");
    // An untagged block in a C++ record is taken for C++ before a tagged Python one.
    String untagged = "```\nint main(){}\n```\n```python\nprint(0)\n```";
    assertThat(code(LAST.extract(untagged, Optional.empty(), Optional.of(Language.CPP), ""))).isEqualTo("int main(){}\n");
    // No block in the record's language: the answer's own language still counts.
    assertThat(code(LAST.extract("```python\nprint(0)\n```", Optional.empty(), Optional.of(Language.CPP), "")))
        .isEqualTo("print(0)\n");
  }

  @Test
  void aBlockThatDefinesTheFunctionWinsOverTestsThatCallIt() {
    String completion = "```python\ndef add(a, b):\n    return a + b\n```\nTests:\n```python\nassert add(1, 2) == 3\n```";
    assertThat(code(LAST.extract(completion, Optional.empty(), Optional.empty(), "add"))).startsWith("def add(a, b):");
    String solution = "```python\nclass Solution:\n    def twoSum(self, nums, target):\n        return []\n```\n"
        + "```python\nprint(Solution().twoSum([1], 1))\n```";
    assertThat(code(LAST.extract(solution, Optional.empty(), Optional.empty(), "twoSum"))).startsWith("class Solution");
    String js = "```js\nconst twoSum = (nums, target) => [];\n```\n```js\nconsole.log(twoSum([1], 1));\n```";
    assertThat(code(LAST.extract(js, Optional.empty(), Optional.empty(), "twoSum"))).startsWith("const twoSum");
    String java = "```java\nclass Solution {\n  public int[] twoSum(int[] nums, int target) {\n    return nums;\n  }\n}\n```\n"
        + "```java\nint[] r = new Solution().twoSum(new int[]{1}, 1);\n```";
    assertThat(code(LAST.extract(java, Optional.empty(), Optional.empty(), "twoSum"))).startsWith("class Solution");
    // Two versions that both define it: the last one, as before.
    String drafts = "```python\ndef add(a, b):\n    return 0\n```\n```python\ndef add(a, b):\n    return a + b\n```";
    assertThat(code(LAST.extract(drafts, Optional.empty(), Optional.empty(), "add"))).contains("a + b");
  }
}
