package dev.rlvr.cli.serve;

import java.util.Map;

/** A request the server refuses: the HTTP status and what is wrong, for the JSON error body. */
final class RequestException extends Exception {
  private final int status;
  private final Map<String, String> headers;

  RequestException(int status, String message) {
    this(status, message, Map.of());
  }

  RequestException(int status, String message, Map<String, String> headers) {
    super(message);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  static RequestException badRequest(String message) {
    return new RequestException(400, message);
  }

  int status() {
    return status;
  }

  Reply reply() {
    return Reply.error(status, getMessage(), headers);
  }
}
