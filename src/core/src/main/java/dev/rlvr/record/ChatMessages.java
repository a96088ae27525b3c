package dev.rlvr.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.api.Message;
import java.util.ArrayList;
import java.util.List;

/** Reads OpenAI-style chat messages, whose content may be a string or a list of text parts. */
final class ChatMessages {
  private ChatMessages() {}

  static boolean looksLikeMessages(JsonNode node) {
    return node.isArray() && !node.isEmpty() && node.get(0).isObject() && node.get(0).has("content");
  }

  static List<Message> read(JsonNode array) throws RecordException {
    List<Message> messages = new ArrayList<>();
    for (JsonNode m : array) {
      if (!m.isObject()) {
        throw new RecordException("a chat message must be an object with role and content, got " + m.getNodeType());
      }
      String reasoning = m.hasNonNull("reasoning_content")
          ? text(m.get("reasoning_content"))
          : text(m.path("reasoning"));
      messages.add(new Message(text(m.path("role")), text(m.path("content")), reasoning));
    }
    return messages;
  }

  /** The last assistant message, else the last message. */
  static Message graded(List<Message> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role().equals("assistant")) {
        return messages.get(i);
      }
    }
    return messages.get(messages.size() - 1);
  }

  /** A string, or the concatenated text parts of a multi-part content. */
  static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode part : node) {
        sb.append(part.isTextual() ? part.textValue() : part.path("text").asText(""));
      }
      return sb.toString();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
