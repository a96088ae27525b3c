package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.engine.RewardEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /get_reward}: OpenRLHF's remote reward model request in, its response out. */
final class GetRewardEndpoint implements ScoringEndpoint {
  private final ScoringService service;

  GetRewardEndpoint(ScoringService service) {
    this.service = service;
  }

  @Override
  public byte[] handle(byte[] body, QueryParameters query) throws RequestException {
    OpenRlhfRequest request = OpenRlhfRequest.parse(JsonBody.parse(body));
    RewardEngine engine = service.engine(query.recipe(), query.weights());
    List<JsonNode> records = new ArrayList<>(request.size());
    for (int i = 0; i < request.size(); i++) {
      records.add(request.record(i));
    }
    List<ItemOutcome> outcomes = service.score(engine, service.read(records));
    return OpenRlhfResponse.of(engine.recipe(), outcomes).toString().getBytes(StandardCharsets.UTF_8);
  }
}
