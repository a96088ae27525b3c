package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A response ready to send: built first, so that it is counted before the client can see it.
 *
 * @param status the HTTP status
 * @param contentType its content type
 * @param body the body
 * @param headers extra headers (Allow, Retry-After)
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String JSON_TYPE = "application/json";

  static Reply json(int status, byte[] body) {
    return new Reply(status, JSON_TYPE, body, Map.of());
  }

  static Reply error(int status, String message, Map<String, String> headers) {
    ObjectNode node = ServerJson.JSON.createObjectNode().put("error", message).put("status", status);
    return new Reply(status, JSON_TYPE, node.toString().getBytes(StandardCharsets.UTF_8), headers);
  }

  void send(HttpExchange exchange) throws IOException {
    headers.forEach(exchange.getResponseHeaders()::set);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
