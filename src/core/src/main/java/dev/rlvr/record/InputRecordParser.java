package dev.rlvr.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.api.Message;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads one JSONL input line into a rollout and its reference.
 *
 * <p>Chat-message completions are graded on the last assistant message; a {@code messages} field
 * whose last message is the assistant's gives both prompt and completion. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InputRecordParser {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final List<String> METADATA_FIELDS = List.of("finish_reason", "stop_reason", "truncated");
  /**
   * Top-level fields with which code datasets describe their tests (HumanEval's test and
   * entry_point, MBPP's test_list, LiveCodeBench's metadata...): they join extra_info, where the
   * code grader looks for them, unless extra_info already has the key.
   */
  private static final List<String> TEST_FIELDS = List.of("test", "tests", "entry_point", "test_list",
      "test_setup_code", "challenge_test_list", "fn_name", "func_name", "metadata", "checker", "time_limit",
      "time_limit_s", "memory_limit", "memory_limit_mb", "memory_limit_bytes", "public_tests", "private_tests",
      "generated_tests");

  private final FieldMapping mapping;

  /**
   * Creates a parser.
   *
   * @param mapping where fields are looked for
   */
  public InputRecordParser(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Reads a line.
   *
   * @param text the line, without its line break
   * @param line its 1-based number, reported in errors
   * @return the record
   * @throws RecordException when the line is not a usable record; the message says why
   */
  public InputRecord parse(String text, long line) throws RecordException {
    JsonNode root = readJson(text);
    JsonNode id = first(root, Field.ID);
    Rollout rollout = readRollout(root, id);
    Reference reference = readReference(root);
    return new InputRecord(line, id.isMissingNode() || id.isNull() ? null : id, rollout, reference);
  }

  /**
   * Reads only the id of a line, for checking where a resumed run stands.
   *
   * @param text the line
   * @return the id, or null when the line has none or is not JSON
   */
  public JsonNode idOf(String text) {
    try {
      JsonNode id = first(JSON.readTree(text), Field.ID);
      return id.isMissingNode() || id.isNull() ? null : id;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  private static JsonNode readJson(String text) throws RecordException {
    if (text.isBlank()) {
      throw new RecordException("empty line: expected a JSON object");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new RecordException("invalid JSON at column " + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new RecordException("expected a JSON object, got " + (root == null ? "nothing" : root.getNodeType()));
    }
    return root;
  }

  private Rollout readRollout(JsonNode root, JsonNode id) throws RecordException {
    JsonNode messages = root.path("messages");
    List<Message> conversation = ChatMessages.looksLikeMessages(messages) ? ChatMessages.read(messages) : List.of();
    boolean conversationEndsWithAnswer = !conversation.isEmpty()
        && conversation.get(conversation.size() - 1).role().equals("assistant");

    JsonNode completionNode = first(root, Field.COMPLETION);
    String completion;
    String reasoning = ChatMessages.text(first(root, Field.REASONING));
    if (!completionNode.isMissingNode() && !completionNode.isNull()) {
      if (completionNode.isArray() || completionNode.isObject()) {
        JsonNode array = completionNode.isArray() ? completionNode : JSON.createArrayNode().add(completionNode);
        if (array.isEmpty()) {
          throw new RecordException("the completion is an empty list of messages");
        }
        Message graded = ChatMessages.graded(ChatMessages.read(array));
        completion = graded.content();
        reasoning = graded.reasoning().isEmpty() ? reasoning : graded.reasoning();
      } else {
        completion = ChatMessages.text(completionNode);
      }
    } else if (conversationEndsWithAnswer) {
      Message graded = conversation.get(conversation.size() - 1);
      completion = graded.content();
      reasoning = graded.reasoning();
    } else {
      throw new RecordException("no completion: looked for " + mapping.describe(Field.COMPLETION)
          + " and an assistant message at the end of messages");
    }

    List<Message> promptMessages = List.of();
    String prompt;
    JsonNode promptNode = first(root, Field.PROMPT);
    if (ChatMessages.looksLikeMessages(promptNode)) {
      promptMessages = ChatMessages.read(promptNode);
      prompt = promptMessages.get(promptMessages.size() - 1).content();
    } else if (!promptNode.isMissingNode() && !promptNode.isNull()) {
      prompt = ChatMessages.text(promptNode);
    } else if (!conversation.isEmpty()) {
      promptMessages = conversationEndsWithAnswer && completionNode.isMissingNode()
          ? conversation.subList(0, conversation.size() - 1)
          : conversation;
      prompt = promptMessages.isEmpty() ? "" : promptMessages.get(promptMessages.size() - 1).content();
    } else {
      prompt = "";
    }

    Map<String, Object> metadata = new LinkedHashMap<>();
    for (String key : METADATA_FIELDS) {
      if (root.hasNonNull(key)) {
        metadata.put(key, JsonValues.toJava(root.get(key)));
      }
    }
    String idText = id.isMissingNode() || id.isNull() ? "" : id.asText();
    return new Rollout(idText, prompt, promptMessages, completion, reasoning, metadata);
  }

  private Reference readReference(JsonNode root) throws RecordException {
    Object groundTruth = null;
    for (FieldMapping.Source source : mapping.sources(Field.GROUND_TRUTH)) {
      JsonNode node = source.path().resolve(root);
      // a blank answer is as good as none: MATH-style rows may leave answer "" and box it in solution
      if (!node.isMissingNode() && !node.isNull() && !(node.isTextual() && node.textValue().isBlank())) {
        groundTruth = GroundTruth.read(node, source.transform());
        break;
      }
    }
    JsonNode extra = first(root, Field.EXTRA_INFO);
    Map<String, Object> extraInfo = Map.of();
    if (extra.isObject()) {
      extraInfo = JsonValues.toObject(extra);
    } else if (!extra.isMissingNode() && !extra.isNull()) {
      throw new RecordException("extra_info must be a JSON object, got " + extra.getNodeType());
    }
    extraInfo = withTestFields(root, extraInfo);
    return new Reference(
        groundTruth,
        GroundTruth.answers(groundTruth),
        text(root, Field.DATA_SOURCE),
        text(root, Field.TASK),
        text(root, Field.LANGUAGE),
        text(root, Field.TARGET_LANGUAGE),
        extraInfo);
  }

  private static Map<String, Object> withTestFields(JsonNode root, Map<String, Object> extraInfo) {
    Map<String, Object> merged = null;
    for (String key : TEST_FIELDS) {
      if (root.hasNonNull(key) && !extraInfo.containsKey(key)) {
        if (merged == null) {
          merged = new LinkedHashMap<>(extraInfo);
        }
        merged.put(key, JsonValues.toJava(root.get(key)));
      }
    }
    return merged == null ? extraInfo : merged;
  }

  private String text(JsonNode root, Field field) {
    JsonNode node = first(root, field);
    return node.isValueNode() ? node.asText().trim() : "";
  }

  private JsonNode first(JsonNode root, Field field) {
    for (FieldMapping.Source source : mapping.sources(field)) {
      JsonNode node = source.path().resolve(root);
      if (!node.isMissingNode() && !node.isNull()) {
        return node;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
