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
}
