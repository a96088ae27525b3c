package dev.rlvr.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a request body, refusing one over the size limit with a 413 before it fills memory. A
 * gzip-compressed body ({@code Content-Encoding: gzip}) is inflated, under the same limit, so a
 * small compressed body cannot expand without bound.
 */
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
    return decode(exchange.getRequestHeaders().getFirst("Content-Encoding"), body, limit);
  }

  private static byte[] decode(String encoding, byte[] body, long limit) throws IOException, RequestException {
    String name = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.equals("identity")) {
      return body;
    }
    if (!name.equals("gzip") && !name.equals("x-gzip")) {
      throw new RequestException(415, "Content-Encoding " + encoding + " is not supported: send the body as it is "
          + "or gzip-compressed");
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] plain = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (plain.length > limit) {
        throw tooLarge(limit, "more than that once decompressed");
      }
      return plain;
    } catch (ZipException | EOFException e) {
      throw RequestException.badRequest("the body says Content-Encoding gzip but is not valid gzip: " + e.getMessage());
    }
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
