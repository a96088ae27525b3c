package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.engine.GraderRegistry;
import dev.rlvr.engine.RecipeCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A reward server on a free loopback port, and a client for it. */
final class ServerFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final RewardServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ServerFixture(RewardServer server) {
    this.server = server;
  }

  static ServerFixture start(String recipe) throws IOException {
    return start(recipe, settings(8, 8L << 20, Duration.ofSeconds(30)));
  }

  static ServerFixture start(String recipe, ServerSettings settings) throws IOException {
    GraderRegistry registry = GraderRegistry.load(ServerFixture.class.getClassLoader());
    EngineCache engines = new EngineCache(registry, RecipeCatalog.of(registry).resolve(recipe));
    return new ServerFixture(RewardServer.start(settings, engines));
  }

  static ServerSettings settings(int maxInFlight, long maxBodyBytes, Duration deadline) {
    return new ServerSettings("127.0.0.1", 0, 2, maxInFlight, maxBodyBytes, 1000, deadline);
  }

  /** A recipe file with one component graded by the slow test grader. */
  static Path slowRecipe(Path dir, long sleepMs) throws IOException {
    Path file = dir.resolve("slow.yaml");
    Files.writeString(file, """
        name: slow
        description: test recipe - sleeps, then 1 for completions containing good
        components:
          - name: accuracy
            grader: test-slow
            weight: 1.0
            timeout_ms: 20000
            options: {sleep_ms: %d}
        """.formatted(sleepMs));
    return file;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> post(String pathAndQuery, String body) throws IOException, InterruptedException {
    return client.send(postRequest(pathAndQuery, body), HttpResponse.BodyHandlers.ofString());
  }

  CompletableFuture<HttpResponse<String>> postAsync(String pathAndQuery, String body) {
    return client.sendAsync(postRequest(pathAndQuery, body), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postEncoded(String pathAndQuery, byte[] body, String encoding)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery))
        .header("Content-Type", "application/json")
        .header("Content-Encoding", encoding)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest postRequest(String pathAndQuery, String body) {
    return HttpRequest.newBuilder(uri(pathAndQuery))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** Waits until the server has {@code n} scoring requests in flight. */
  void awaitInFlight(int n) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.inFlight() < n) {
      if (System.nanoTime() > until) {
        throw new AssertionError("never saw " + n + " request(s) in flight");
      }
      Thread.sleep(5);
    }
  }

  @Override
  public void close() {
    server.shutdown(Duration.ofSeconds(10));
  }
}
