package dev.rlvr.cli.serve;

import static dev.rlvr.cli.serve.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request size, saturation, deadlines and shutdown, with the slow test grader where time matters. */
class LimitsTest {
  private static final String GOOD = "{\"query\": [\"a good answer\"], \"prompts\": [\"\"], \"labels\": [null]}";

  @TempDir Path dir;

  @Test
  void anOversizedBodyIsA413AndTheServerGoesOn() throws Exception {
    try (ServerFixture fixture = ServerFixture.start("format",
        ServerFixture.settings(4, 64 * 1024, Duration.ofSeconds(30)))) {
      String big = "{\"query\": [\"" + "x".repeat(200 * 1024) + "\"]}";

      HttpResponse<String> response = fixture.post("/get_reward", big);

      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(json(response).path("error").asText()).contains("too large").contains("65536");
      assertThat(fixture.post("/get_reward", "{\"query\": []}").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aGzipBodyIsInflatedAndAnInflationBombIsA413() throws Exception {
    try (ServerFixture fixture = ServerFixture.start("format",
        ServerFixture.settings(4, 64 * 1024, Duration.ofSeconds(30)))) {
      HttpResponse<String> ok = fixture.postEncoded("/get_reward", gzip(GOOD), "gzip");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(json(ok).path("rewards")).hasSize(1);

      // 1 MB of spaces compresses to about a kilobyte: under the limit sent, over it inflated
      byte[] bomb = gzip("{\"query\": [\"a\"]" + " ".repeat(1 << 20) + "}");
      assertThat(bomb.length).isLessThan(64 * 1024);
      HttpResponse<String> tooBig = fixture.postEncoded("/get_reward", bomb, "gzip");
      assertThat(tooBig.statusCode()).isEqualTo(413);
      assertThat(json(tooBig).path("error").asText()).contains("decompressed");

      assertThat(fixture.postEncoded("/get_reward", GOOD.getBytes(StandardCharsets.UTF_8), "gzip").statusCode())
          .isEqualTo(400);
      assertThat(fixture.postEncoded("/get_reward", GOOD.getBytes(StandardCharsets.UTF_8), "br").statusCode())
          .isEqualTo(415);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void aClientThatStopsSendingIsCutOffSoItCannotHoldASlotForEver() throws Exception {
    try (ServerFixture fixture = ServerFixture.start("format")) {
      // the JDK server reads its limit once, when the first server is made: it must be set by then
      assertThat(Long.getLong(RewardServer.MAX_REQUEST_TIME_PROPERTY))
          .isEqualTo(RewardServer.MAX_REQUEST_TIME_S)
          .isLessThan(180L); // under OpenRLHF's client timeout, so the slot frees before it retries
      assertThat(fixture.post("/get_reward", GOOD).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSaturatedServerAnswers503WithRetryAfterInsteadOfQueueing() throws Exception {
    Path recipe = ServerFixture.slowRecipe(dir, 1500);
    try (ServerFixture fixture = ServerFixture.start(recipe.toString(),
        ServerFixture.settings(1, 1 << 20, Duration.ofSeconds(30)))) {
      CompletableFuture<HttpResponse<String>> first = fixture.postAsync("/get_reward", GOOD);
      fixture.awaitInFlight(1);

      long start = System.nanoTime();
      HttpResponse<String> refused = fixture.post("/get_reward", GOOD);
      long refusedMs = (System.nanoTime() - start) / 1_000_000;

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(json(refused).path("error").asText()).contains("busy").contains("--max-in-flight");
      assertThat(refusedMs).as("refused at once, not queued").isLessThan(1000);
      HttpResponse<String> served = first.get(20, TimeUnit.SECONDS);
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(json(served).path("rewards").get(0).asDouble()).isEqualTo(1.0);
      assertThat(fixture.server.metrics().scrape())
          .contains("rlvr_http_requests_seconds_count{endpoint=\"/get_reward\",status=\"503\"} 1");
    }
  }

  @Test
  void recordsNotScoredByTheDeadlineComeBackAsTimeouts() throws Exception {
    Path recipe = ServerFixture.slowRecipe(dir, 2500);
    try (ServerFixture fixture = ServerFixture.start(recipe.toString(),
        ServerFixture.settings(4, 1 << 20, Duration.ofSeconds(1)))) {
      long start = System.nanoTime();
      HttpResponse<String> response = fixture.post("/score",
          "[{\"id\": 1, \"completion\": \"good\"}, {\"id\": 2, \"completion\": \"good\"}, {\"id\": 3, \"completion\": \"good\"}]");
      long tookMs = (System.nanoTime() - start) / 1_000_000;

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(tookMs).as("answered at the deadline").isBetween(900L, 2400L);
      JsonNode out = json(response);
      assertThat(out).hasSize(3);
      for (JsonNode record : out) {
        assertThat(record.path("status").asText()).isEqualTo("timeout");
        assertThat(record.path("error").asText()).contains("deadline");
        assertThat(record.path("score").isNull()).isTrue();
      }
      assertThat(fixture.server.metrics().scrape()).contains("rlvr_timeouts_total{scope=\"request\"} 3.0");
    }
  }

  @Test
  void shutdownFinishesTheRequestInFlightThenStopsListening() throws Exception {
    Path recipe = ServerFixture.slowRecipe(dir, 1200);
    ServerFixture fixture = ServerFixture.start(recipe.toString(),
        ServerFixture.settings(4, 1 << 20, Duration.ofSeconds(30)));
    CompletableFuture<HttpResponse<String>> inFlight = fixture.postAsync("/get_reward", GOOD);
    fixture.awaitInFlight(1);

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> fixture.server.shutdown(Duration.ofSeconds(20)));
    HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
    stopping.get(20, TimeUnit.SECONDS);

    assertThat(finished.statusCode()).isEqualTo(200);
    assertThat(json(finished).path("rewards").get(0).asDouble()).isEqualTo(1.0);
    assertThat(stopping).isDone();
    assertThatThrownBy(() -> fixture.get("/health")).isInstanceOf(IOException.class);
  }
}
