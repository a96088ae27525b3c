package dev.rlvr.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.engine.RecordStatus;
import dev.rlvr.engine.RewardResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aScoredRecordHasTheDesignedShape() throws Exception {
    Map<String, Score> components = new LinkedHashMap<>();
    components.put("accuracy", Score.correct("equal").withDetail("pred", "72").withElapsed(Duration.ofMillis(2)));
    components.put("format", Score.error(Verdict.FORMAT_ERROR, "no tags"));
    RewardResult result = new RewardResult(1.0, components, Set.of("format"), RecordStatus.OK, "",
        Duration.ofNanos(400_000));
    InputRecord input = new InputRecord(3, TextNode.valueOf("a1"), Rollout.of("x"), Reference.none());

    JsonNode out = JSON.readTree(OutputRecords.scored(input, result));

    assertThat(out.path("id").asText()).isEqualTo("a1");
    assertThat(out.path("score").asDouble()).isEqualTo(1.0);
    assertThat(out.path("components").path("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(out.path("components").path("format").asDouble()).isEqualTo(0.0);
    assertThat(out.path("details").path("accuracy").path("verdict").asText()).isEqualTo("CORRECT");
    assertThat(out.path("details").path("accuracy").path("pred").asText()).isEqualTo("72");
    assertThat(out.path("details").path("accuracy").path("elapsed_ms").asDouble()).isEqualTo(2.0);
    assertThat(out.path("details").path("format").path("gated").asBoolean()).isTrue();
    assertThat(out.path("status").asText()).isEqualTo("ok");
    assertThat(out.path("error").isNull()).isTrue();
    assertThat(out.path("elapsed_ms").asDouble()).isEqualTo(0.4);
  }

  @Test
  void anErrorRecordNamesTheLineAndHasANullScore() throws Exception {
    JsonNode out = JSON.readTree(OutputRecords.error(17, null, "invalid JSON"));
    assertThat(out.path("line").asLong()).isEqualTo(17);
    assertThat(out.path("status").asText()).isEqualTo("error");
    assertThat(out.path("error").asText()).isEqualTo("invalid JSON");
    assertThat(out.path("score").isNull()).isTrue();
    assertThat(out.has("id")).isFalse();
  }
}
