package dev.rlvr.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Parses a request body as one JSON value, or says where it is broken (a 400). */
final class JsonBody {
  private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBody() {}

  static JsonNode parse(byte[] body) throws RequestException {
    if (body.length == 0) {
      throw RequestException.badRequest("empty request body: expected JSON");
    }
    try {
      return STRICT.readTree(body);
    } catch (JsonProcessingException e) {
      throw RequestException.badRequest("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw RequestException.badRequest("unreadable request body: " + e.getMessage());
    }
  }
}
