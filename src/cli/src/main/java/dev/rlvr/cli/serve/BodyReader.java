package dev.rlvr.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing one over the size limit with a 413 before it fills memory. */
final class BodyReader {
  /**
   * How much of an oversized body is read and dropped before answering: enough that a client
   * still sending gets the 413 instead of a reset connection; past it the connection is closed.
   */
  private static final long DRAIN_LIMIT = 16L << 20;

  private BodyReader() {}

  static byte[] read(HttpExchange exchange, long limit) throws IOException, RequestException {
    long declared = declaredLength(exchange);
    InputStream in = exchange.getRequestBody();
    if (declared > limit) {
      if (declared <= DRAIN_LIMIT) {
        drain(in, declared);
      }
      throw tooLarge(limit, declared + " bytes");
    }
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (body.length > limit) {
      drain(in, DRAIN_LIMIT);
      throw tooLarge(limit, "more than that");
    }
    return body;
  }

  private static long declaredLength(HttpExchange exchange) throws RequestException {
    String header = exchange.getRequestHeaders().getFirst("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      throw RequestException.badRequest("Content-Length is not a number: " + header);
    }
  }

  private static void drain(InputStream in, long max) throws IOException {
    byte[] buffer = new byte[8192];
    long left = max;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        return;
      }
      left -= n;
    }
  }

  private static RequestException tooLarge(long limit, String got) {
    return new RequestException(413, "request body too large: the limit is " + limit + " bytes (--max-body-mb), got "
        + got + "; send smaller batches");
  }
}
