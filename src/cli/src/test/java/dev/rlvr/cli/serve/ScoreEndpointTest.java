package dev.rlvr.cli.serve;

import static dev.rlvr.cli.serve.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /score} and {@code /v1/score}: batch records in, output records out. */
class ScoreEndpointTest {
  private static final String GOOD = "{\"id\": \"a\", \"problem\": \"What is 15% of 480?\", "
      + "\"response\": \"<think>0.15*480 = 72</think> <answer>\\\\boxed{72}</answer>\", \"answer\": \"72\"}";
  private static final String NO_COMPLETION = "{\"id\": \"b\", \"prompt\": \"p\"}";
  private static final String WRONG = "{\"id\": 3, \"prompt\": \"Simplify 2/4.\", "
      + "\"completion\": \"<think>half</think> <answer>\\\\boxed{3}</answer>\", \"ground_truth\": \"\\\\frac{1}{2}\"}";

  private static ServerFixture fixture;

  @BeforeAll
  static void start() throws IOException {
    fixture = ServerFixture.start("r1-zero-math");
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void aBadRecordGetsItsErrorRecordAndTheRestAreScoredInOrder() throws Exception {
    HttpResponse<String> response = fixture.post("/score", "[" + GOOD + ", " + NO_COMPLETION + ", 17, " + WRONG + "]");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode out = json(response);
    assertThat(out).hasSize(4);
    assertThat(out.get(0).path("id").asText()).isEqualTo("a");
    assertThat(out.get(0).path("score").asDouble()).isEqualTo(2.0);
    assertThat(out.get(0).path("components").path("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(out.get(0).path("details").path("accuracy").path("verdict").asText()).isEqualTo("CORRECT");
    assertThat(out.get(0).path("status").asText()).isEqualTo("ok");
    assertThat(out.get(1).path("id").asText()).isEqualTo("b");
    assertThat(out.get(1).path("line").asInt()).isEqualTo(2);
    assertThat(out.get(1).path("status").asText()).isEqualTo("error");
    assertThat(out.get(1).path("error").asText()).contains("no completion");
    assertThat(out.get(1).path("score").isNull()).isTrue();
    assertThat(out.get(2).path("error").asText()).contains("expected a JSON object");
    assertThat(out.get(3).path("id").asInt()).isEqualTo(3);
    assertThat(out.get(3).path("components").path("accuracy").asDouble()).isZero();
  }

  @Test
  void theV1EnvelopeTakesItemsAndOptions() throws Exception {
    HttpResponse<String> response = fixture.post("/v1/score",
        "{\"items\": [" + GOOD + "], \"options\": {\"recipe\": \"r1-zero-math\", \"weights\": {\"format\": 0.5}}}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode results = json(response).get("results");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).path("score").asDouble()).isEqualTo(1.5);
    JsonNode mathOnly = json(fixture.post("/v1/score", "{\"items\": [" + GOOD + "], \"options\": {\"recipe\": \"math\"}}"));
    assertThat(mathOnly.get("results").get(0).path("score").asDouble()).isEqualTo(1.0);
  }

  @Test
  void theUrlPicksTheRecipeOfBareBatchesToo() throws Exception {
    JsonNode out = json(fixture.post("/score?recipe=format", "[" + GOOD + "]"));

    assertThat(out.get(0).path("components").fieldNames()).toIterable().containsExactly("format");
  }

  @Test
  void aBodyThatIsNotABatchIsA400() throws Exception {
    HttpResponse<String> object = fixture.post("/score", GOOD);
    HttpResponse<String> badOption = fixture.post("/v1/score", "{\"items\": [], \"options\": {\"colour\": 1}}");
    HttpResponse<String> noItems = fixture.post("/v1/score", "[]");

    assertThat(object.statusCode()).isEqualTo(400);
    assertThat(json(object).path("error").asText()).contains("expected a JSON array");
    assertThat(badOption.statusCode()).isEqualTo(400);
    assertThat(json(badOption).path("error").asText()).contains("unknown option 'colour'");
    assertThat(noItems.statusCode()).isEqualTo(400);
  }
}
