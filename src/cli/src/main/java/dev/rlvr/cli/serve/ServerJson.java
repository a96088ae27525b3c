package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The server's JSON mapper, for request bodies and the replies it builds. */
final class ServerJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private ServerJson() {}
}
