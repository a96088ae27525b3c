package dev.rlvr.cli.serve;

import static dev.rlvr.cli.serve.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** OpenRLHF's remote reward request, end to end over loopback HTTP. */
class GetRewardTest {
  private static ServerFixture fixture;

  /** A Qwen (ChatML) prompt as OpenRLHF templates it; the query is this plus the decoded response. */
  static String prompt(String question) {
    return "<|im_start|>system\nPlease reason step by step, and put your final answer within \\boxed{}.<|im_end|>\n"
        + "<|im_start|>user\n" + question + "<|im_end|>\n<|im_start|>assistant\n";
  }

  static final String Q1 = prompt("What is 15% of 480?");
  static final String Q2 = prompt("Simplify 2/4.");
  static final String RIGHT = "<think>0.15 * 480 = 72</think> <answer>\\boxed{72}</answer><|im_end|>";
  static final String WRONG_BUT_WELL_FORMED = "<think>divide by 2 twice</think> <answer>\\boxed{\\frac{1}{4}}</answer><|im_end|>";
  static final String RIGHT_NO_TAGS = "Halving both gives \\boxed{\\frac{1}{2}}.<|endoftext|>";

  @BeforeAll
  static void start() throws IOException {
    fixture = ServerFixture.start("r1-zero-math");
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  static String request(List<String> queries, List<String> prompts, List<Object> labels) {
    ObjectNode body = ServerFixture.JSON.createObjectNode();
    body.set("query", ServerFixture.JSON.valueToTree(queries));
    body.set("prompts", ServerFixture.JSON.valueToTree(prompts));
    body.set("labels", ServerFixture.JSON.valueToTree(labels));
    return body.toString();
  }

  static List<Double> doubles(JsonNode array) {
    List<Double> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asDouble()));
    return out;
  }

  @Test
  void scoresAnOpenRlhfBatchWithTheRecipeRewards() throws Exception {
    String body = request(
        List.of(Q1 + RIGHT, Q2 + WRONG_BUT_WELL_FORMED, Q2 + RIGHT_NO_TAGS),
        List.of(Q1, Q2, Q2),
        List.of("72", "\\frac{1}{2}", "\\frac{1}{2}"));

    HttpResponse<String> response = fixture.post("/get_reward", body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode result = json(response);
    // accuracy + format, as DeepSeek-R1-Zero sums them: the EOS token must not break the format
    assertThat(doubles(result.get("rewards"))).containsExactly(2.0, 1.0, 1.0);
    assertThat(doubles(result.get("scores"))).containsExactly(1.0, 0.5, 0.5);
    assertThat(doubles(result.path("extra_logs").get("accuracy"))).containsExactly(1.0, 0.0, 1.0);
    assertThat(doubles(result.path("extra_logs").get("format"))).containsExactly(1.0, 1.0, 0.0);
  }

  @Test
  void answersEmptyListsWithEmptyArrays() throws Exception {
    HttpResponse<String> response = fixture.post("/get_reward", "{\"query\": [], \"prompts\": [], \"labels\": []}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json(response);
    assertThat(result.get("rewards")).isEmpty();
    assertThat(result.get("scores")).isEmpty();
    assertThat(result.path("extra_logs").get("accuracy")).isInstanceOf(ArrayNode.class).isEmpty();
  }

  @Test
  void readsLabelsGivenAsJsonStringObjects() throws Exception {
    String label = "{\"ground_truth\": \"72\", \"data_source\": \"lighteval/MATH\", \"target_language\": \"en\"}";
    String wrongGold = "{\"ground_truth\": [\"71\", \"70\"]}";
    String body = request(List.of(Q1 + RIGHT, Q1 + RIGHT), List.of(Q1, Q1), List.of(label, wrongGold));

    JsonNode result = json(fixture.post("/get_reward", body));

    assertThat(doubles(result.path("extra_logs").get("accuracy"))).containsExactly(1.0, 0.0);
  }

  @Test
  void takesLabelObjectsAndListsOfAnswers() throws Exception {
    ObjectNode object = ServerFixture.JSON.createObjectNode().put("ground_truth", "72");
    String body = request(List.of(Q1 + RIGHT, Q1 + RIGHT), List.of(Q1, Q1), List.of(object, List.of("72.0", "72")));

    JsonNode result = json(fixture.post("/get_reward", body));

    assertThat(doubles(result.path("extra_logs").get("accuracy"))).containsExactly(1.0, 1.0);
  }

  @Test
  void acceptsTheOldQueryOnlyRequest() throws Exception {
    JsonNode result = json(fixture.post("/get_reward", "{\"query\": [\"<think>ok then</think> <answer>4</answer>\"]}"));

    assertThat(doubles(result.path("extra_logs").get("format"))).containsExactly(1.0);
    assertThat(result.path("extra_logs").get("accuracy").get(0).asDouble()).isZero();
  }

  @Nested
  class RecipeInTheUrl {
    @Test
    void aRecipeParameterPicksAnotherBuiltInRecipe() throws Exception {
      String body = request(List.of(Q1 + RIGHT), List.of(Q1), List.of("72"));

      JsonNode result = json(fixture.post("/get_reward?recipe=math", body));

      assertThat(doubles(result.get("rewards"))).containsExactly(1.0);
      assertThat(result.path("extra_logs").has("format")).isFalse();
    }

    @Test
    void weightParametersReweighComponents() throws Exception {
      String body = request(List.of(Q2 + WRONG_BUT_WELL_FORMED), List.of(Q2), List.of("\\frac{1}{2}"));

      JsonNode result = json(fixture.post("/get_reward?recipe=r1-zero-math&weight=format=0.25", body));

      assertThat(doubles(result.get("rewards"))).containsExactly(0.25);
      assertThat(doubles(result.get("scores"))).containsExactly(0.2);
    }

    @Test
    void anUnknownRecipeOrAFilePathIsA400() throws Exception {
      String body = request(List.of(Q1 + RIGHT), List.of(Q1), List.of("72"));

      HttpResponse<String> unknown = fixture.post("/get_reward?recipe=nope", body);
      HttpResponse<String> path = fixture.post("/get_reward?recipe=%2Fetc%2Fpasswd", body);
      HttpResponse<String> badWeight = fixture.post("/get_reward?weight=speed=2", body);

      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(json(unknown).path("error").asText()).contains("unknown recipe 'nope'").contains("r1-zero-math");
      assertThat(path.statusCode()).isEqualTo(400);
      assertThat(badWeight.statusCode()).isEqualTo(400);
      assertThat(json(badWeight).path("error").asText()).contains("no component 'speed'");
    }
  }

  @Nested
  class BadRequests {
    @Test
    void malformedJsonIsA400SayingWhere() throws Exception {
      HttpResponse<String> response = fixture.post("/get_reward", "{\"query\": [\"a\"");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).path("error").asText()).startsWith("malformed JSON at line 1");
    }

    @Test
    void listsOfDifferentLengthsAreA400() throws Exception {
      HttpResponse<String> response = fixture.post("/get_reward",
          "{\"query\": [\"a\", \"b\"], \"prompts\": [\"\"], \"labels\": [\"1\", \"2\"]}");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).path("error").asText()).contains("same length").contains("2, 1 and 2");
    }

    @Test
    void wrongTypesAreA400NamingTheField() throws Exception {
      HttpResponse<String> notStrings = fixture.post("/get_reward", "{\"query\": [\"a\", 7]}");
      HttpResponse<String> notAList = fixture.post("/get_reward", "{\"query\": \"a\"}");
      HttpResponse<String> notAnObject = fixture.post("/get_reward", "[1]");

      assertThat(notStrings.statusCode()).isEqualTo(400);
      assertThat(json(notStrings).path("error").asText()).contains("\"query\"[1] must be a string");
      assertThat(notAList.statusCode()).isEqualTo(400);
      assertThat(notAnObject.statusCode()).isEqualTo(400);
    }

    @Test
    void wrongMethodAndUnknownPathGetJsonErrors() throws Exception {
      HttpResponse<String> get = fixture.get("/get_reward");
      HttpResponse<String> missing = fixture.post("/get_rewards", "{}");

      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("Allow")).hasValue("POST");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(json(missing).path("error").asText()).contains("/get_reward");
    }

    @Test
    void theServerKeepsServingAfterBadRequests() throws Exception {
      fixture.post("/get_reward", "\u0000garbage");

      HttpResponse<String> health = fixture.get("/health");

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(json(health).path("recipe").asText()).isEqualTo("r1-zero-math");
    }
  }
}
