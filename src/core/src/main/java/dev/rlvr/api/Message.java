package dev.rlvr.api;

import org.apiguardian.api.API;

/**
 * One chat message of a prompt or completion.
 *
 * @param role {@code system}, {@code user}, {@code assistant}, {@code tool}...; never null
 * @param content the message text; never null, may be empty
 * @param reasoning the chain of thought that an API returned beside the content
 *     ({@code reasoning} or {@code reasoning_content}); empty when there is none
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Message(String role, String content, String reasoning) {

  /** Replaces missing fields with empty strings. */
  public Message {
    role = role == null ? "" : role;
    content = content == null ? "" : content;
    reasoning = reasoning == null ? "" : reasoning;
  }

  /**
   * A message without separate reasoning.
   *
   * @param role the role
   * @param content the text
   * @return the message
   */
  public static Message of(String role, String content) {
    return new Message(role, content, "");
  }
}
