package dev.rlvr.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.api.Reference;
import dev.rlvr.testing.RandomText;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputRecordParserTest {
  private final InputRecordParser parser = new InputRecordParser(FieldMapping.defaults());

  private InputRecord parse(String json) throws RecordException {
    return parser.parse(json, 1);
  }

  @Nested
  class CanonicalFields {
    @Test
    void readsEveryCanonicalField() throws RecordException {
      InputRecord r = parse("""
          {"id": "a1", "prompt": "2+2?", "completion": "4", "ground_truth": "4", "data_source": "openai/gsm8k",
           "task": "math", "language": "python", "target_language": "en", "extra_info": {"split": "test"},
           "finish_reason": "stop"}""");
      assertThat(r.id().asText()).isEqualTo("a1");
      assertThat(r.rollout().prompt()).isEqualTo("2+2?");
      assertThat(r.rollout().completion()).isEqualTo("4");
      assertThat(r.rollout().metadata()).containsEntry("finish_reason", "stop");
      Reference ref = r.reference();
      assertThat(ref.answers()).containsExactly("4");
      assertThat(ref.dataSource()).isEqualTo("openai/gsm8k");
      assertThat(ref.task()).isEqualTo("math");
      assertThat(ref.language()).isEqualTo("python");
      assertThat(ref.targetLanguage()).isEqualTo("en");
      assertThat(ref.extraInfo()).containsEntry("split", "test");
    }

    @Test
    void keepsNumericIdsAsNumbersAndGoldListsAsLists() throws RecordException {
      InputRecord r = parse("{\"id\": 7, \"completion\": \"x\", \"ground_truth\": [\"72\", 72.0, 0.50]}");
      assertThat(r.id().isNumber()).isTrue();
      assertThat(r.reference().answers()).containsExactly("72", "72", "0.5");
    }

    @Test
    void aRecordWithoutIdHasANullId() throws RecordException {
      assertThat(parse("{\"completion\": \"x\"}").id()).isNull();
    }
  }

  @Nested
  class DatasetAliases {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "{\"question\": \"q\", \"response\": \"r\", \"answer\": \"Natalia sold 48/2 = 24 clips.\\n#### 72\"}|q|r|72",
      "{\"problem\": \"q\", \"output\": \"r\", \"solution\": \"so $x=\\\\boxed{\\\\frac{1}{2}}$\"}|q|r|\\frac{1}{2}",
      "{\"query\": \"q\", \"generation\": \"r\", \"label\": \"5\"}|q|r|5",
      "{\"question_content\": \"q\", \"solution_str\": \"r\", \"reward_model\": {\"ground_truth\": \"9\"}}|q|r|9",
      "{\"problem_statement\": \"q\", \"completion\": \"r\", \"solution\": \"no box, just 12\"}|q|r|no box, just 12",
    })
    void findsPromptCompletionAndGoldUnderDatasetNames(String json, String prompt, String completion, String gold)
        throws RecordException {
      InputRecord r = parse(json);
      assertThat(r.rollout().prompt()).isEqualTo(prompt);
      assertThat(r.rollout().completion()).isEqualTo(completion);
      assertThat(r.reference().answers()).containsExactly(gold);
    }

    @Test
    void aBlankAnswerFallsThroughToTheNextPlaceAGoldIsFound() throws RecordException {
      assertThat(parse("{\"problem\": \"q\", \"response\": \"r\", \"answer\": \"\", "
          + "\"solution\": \"so \\\\boxed{7}\"}").reference().answers()).containsExactly("7");
      assertThat(parse("{\"completion\": \"r\", \"ground_truth\": \"  \", \"label\": \"5\"}")
          .reference().answers()).containsExactly("5");
      assertThat(parse("{\"completion\": \"r\", \"answer\": \"\"}").reference().groundTruth()).isNull();
    }

    @Test
    void decodesApssInputOutputGivenAsAJsonString() throws RecordException {
      InputRecord r = parse("""
          {"completion": "x", "input_output": "{\\"inputs\\": [\\"1\\\\n\\"], \\"outputs\\": [\\"2\\\\n\\"], \\"fn_name\\": \\"f\\"}"}""");
      Map<String, Object> tests = r.reference().groundTruthObject().orElseThrow();
      assertThat(tests).containsEntry("fn_name", "f").containsEntry("inputs", List.of("1\n"));
      assertThat(r.reference().answers()).isEmpty();
    }

    @Test
    void decodesVerlListsOfAcceptableAnswersButNotNumberLists() throws RecordException {
      assertThat(parse("{\"completion\": \"x\", \"reward_model\": {\"ground_truth\": \"[\\\"3\\\", \\\"3.0\\\"]\"}}")
          .reference().answers()).containsExactly("3", "3.0");
      assertThat(parse("{\"completion\": \"x\", \"ground_truth\": \"[1, 2]\"}").reference().answers())
          .containsExactly("[1, 2]");
    }

    @Test
    void codeDatasetTestFieldsJoinExtraInfoWithoutOverridingIt() throws RecordException {
      InputRecord r = parse("""
          {"completion": "x", "test": "def check(candidate): assert candidate(1) == 2", "entry_point": "inc",
           "test_list": ["assert inc(1) == 2"], "extra_info": {"entry_point": "add_one", "split": "test"}}""");
      assertThat(r.reference().extraInfo())
          .containsEntry("test", "def check(candidate): assert candidate(1) == 2")
          .containsEntry("test_list", List.of("assert inc(1) == 2"))
          .containsEntry("entry_point", "add_one")
          .containsEntry("split", "test");
      assertThat(parse("{\"completion\": \"x\"}").reference().extraInfo()).isEmpty();
    }

    @Test
    void readsOpenR1TestCasesAndTheirLanguage() throws RecordException {
      InputRecord r = parse("""
          {"completion": "x", "verification_info": {"language": "python",
           "test_cases": [{"input": "1", "output": "2", "type": "stdin_stdout"}]}}""");
      assertThat(r.reference().groundTruth()).isInstanceOf(List.class);
      assertThat(r.reference().language()).isEqualTo("python");
    }
  }

  @Nested
  class ChatMessages {
    @Test
    void gradesTheLastAssistantMessageAndItsReasoning() throws RecordException {
      InputRecord r = parse("""
          {"prompt": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "2+2?"}],
           "completion": [{"role": "assistant", "content": "first"},
                          {"role": "tool", "content": "tool output"},
                          {"role": "assistant", "content": "4", "reasoning_content": "2 and 2 make 4"}]}""");
      assertThat(r.rollout().completion()).isEqualTo("4");
      assertThat(r.rollout().reasoning()).isEqualTo("2 and 2 make 4");
      assertThat(r.rollout().prompt()).isEqualTo("2+2?");
      assertThat(r.rollout().promptMessages()).hasSize(2);
    }

    @Test
    void splitsAMessagesFieldIntoPromptAndCompletion() throws RecordException {
      InputRecord r = parse("""
          {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": [{"type": "text", "text": "hel"}, {"type": "text", "text": "lo"}]}]}""");
      assertThat(r.rollout().completion()).isEqualTo("hello");
      assertThat(r.rollout().promptMessages()).hasSize(1);
      assertThat(r.rollout().prompt()).isEqualTo("hi");
    }

    @Test
    void takesTopLevelReasoningForATextCompletion() throws RecordException {
      assertThat(parse("{\"completion\": \"4\", \"reasoning\": \"think\"}").rollout().reasoning()).isEqualTo("think");
    }
  }

  @Nested
  class Overrides {
    @Test
    void mapReadsAFieldFromAnotherPlaceOnly() throws RecordException {
      InputRecordParser mapped = new InputRecordParser(FieldMapping.defaults()
          .withOverrides(List.of("ground_truth=meta.gold", "completion=outputs[-1].text")));
      InputRecord r = mapped.parse("""
          {"answer": "1", "meta": {"gold": "2"}, "outputs": [{"text": "a"}, {"text": "b"}]}""", 1);
      assertThat(r.reference().answers()).containsExactly("2");
      assertThat(r.rollout().completion()).isEqualTo("b");
    }

    @Test
    void badMapSpecsAreRejected() {
      assertThatThrownBy(() -> FieldMapping.defaults().withOverride("nonsense"))
          .hasMessageContaining("canonical=field.path");
      assertThatThrownBy(() -> FieldMapping.defaults().withOverride("colour=x")).hasMessageContaining("unknown field");
      assertThatThrownBy(() -> FieldMapping.defaults().withOverride("prompt=a[x]")).hasMessageContaining("index");
    }
  }

  @Nested
  class BadLines {
    @ParameterizedTest(name = "{1}: [{0}]")
    @CsvSource(delimiter = '|', value = {
      "''|empty line",
      "'   '|empty line",
      "{\"completion\": |invalid JSON",
      "{\"completion\": \"x\"} trailing|invalid JSON",
      "[1, 2]|expected a JSON object",
      "42|expected a JSON object",
      "{\"prompt\": \"p\"}|no completion",
      "{\"completion\": []}|empty list of messages",
      "{\"completion\": \"x\", \"extra_info\": 3}|extra_info must be a JSON object",
    })
    void sayWhatIsWrong(String line, String message) {
      assertThatThrownBy(() -> parse(line)).isInstanceOf(RecordException.class).hasMessageContaining(message);
    }

    @TestFactory
    Stream<DynamicTest> randomLinesEitherParseOrFailWithARecordException() {
      RandomText text = new RandomText(99);
      String[] shapes = {"{\"completion\": %s}", "{\"prompt\": %s, \"response\": \"r\"}", "%s",
          "{\"completion\": \"x\", \"ground_truth\": %s}", "{\"messages\": [%s]}"};
      return Stream.generate(() -> String.format(shapes[text.nextInt(shapes.length)], jsonish(text)))
          .limit(400)
          .map(line -> DynamicTest.dynamicTest(line.length() + " chars", () -> {
            try {
              InputRecord r = parse(line);
              assertThat(r.rollout()).isNotNull();
              assertThat(r.reference()).isNotNull();
            } catch (RecordException expected) {
              assertThat(expected.getMessage()).isNotBlank();
            }
          }));
    }

    private static String jsonish(RandomText text) {
      return switch (text.nextInt(5)) {
        case 0 -> "\"" + text.words(3) + "\"";
        case 1 -> "[" + "{\"role\": \"assistant\", \"content\": \"" + text.words(2) + "\"}]";
        case 2 -> String.valueOf(text.nextInt(1000));
        case 3 -> "{\"" + text.words(1) + "\": " + text.nextInt(9) + "}";
        default -> text.next(6);
      };
    }
  }
}
