package dev.rlvr.cli.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one handler: routes by exact path, admits scoring requests (503 with Retry-After
 * when full), turns every refusal into a JSON error and times every request.
 */
final class Router implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);
  /** Seconds a refused client should wait: about one batch of short grades. */
  static final String RETRY_AFTER_S = "1";

  private final Map<String, ScoringEndpoint> scoring;
  private final Admission admission;
  private final ServerMetrics metrics;
  private final ServerSettings settings;
  private final EngineCache engines;

  Router(Map<String, ScoringEndpoint> scoring, Admission admission, ServerMetrics metrics, ServerSettings settings,
      EngineCache engines) {
    this.scoring = Map.copyOf(scoring);
    this.admission = admission;
    this.metrics = metrics;
    this.settings = settings;
    this.engines = engines;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long start = System.nanoTime();
    String path = exchange.getRequestURI().getPath();
    ScoringEndpoint scorer = scoring.get(path);
    String endpoint = scorer != null || path.equals("/health") || path.equals("/metrics") ? path : "other";
    // a scoring request holds its slot until its reply is sent, so shutdown waits for the reply
    boolean admitted = scorer != null && admission.tryEnter();
    try {
      Reply reply;
      try {
        reply = scorer != null ? score(exchange, scorer, admitted) : route(exchange, path);
      } catch (RequestException refused) {
        reply = refused.reply();
      } catch (IOException | RuntimeException failure) {
        LOG.warn("{} failed: {}", path, failure.toString());
        reply = Reply.error(500, "internal error: " + failure, Map.of());
      }
      metrics.request(endpoint, reply.status(), System.nanoTime() - start);
      reply.send(exchange);
    } catch (IOException clientGone) {
      LOG.debug("could not answer {}: {}", path, clientGone.toString());
    } finally {
      exchange.close();
      if (admitted) {
        admission.leave();
      }
    }
  }

  private Reply route(HttpExchange exchange, String path) throws RequestException {
    if (path.equals("/health")) {
      requireMethod(exchange, "GET");
      return health();
    }
    if (path.equals("/metrics")) {
      requireMethod(exchange, "GET");
      return new Reply(200, metrics.contentType(), metrics.scrape().getBytes(StandardCharsets.UTF_8), Map.of());
    }
    throw new RequestException(404, "no endpoint " + path
        + "; try POST /get_reward, /score, /v1/score or GET /health, /metrics");
  }

  private Reply score(HttpExchange exchange, ScoringEndpoint endpoint, boolean admitted)
      throws IOException, RequestException {
    requireMethod(exchange, "POST");
    if (!admitted) {
      throw new RequestException(503, admission.closed()
          ? "the server is shutting down"
          : "the server is busy: " + admission.capacity() + " requests in flight (--max-in-flight); retry shortly",
          Map.of("Retry-After", RETRY_AFTER_S));
    }
    byte[] body = BodyReader.read(exchange, settings.maxBodyBytes());
    QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
    return Reply.json(200, endpoint.handle(body, query));
  }

  private Reply health() {
    boolean up = !admission.closed();
    ObjectNode body = ServerJson.JSON.createObjectNode()
        .put("status", up ? "ok" : "shutting down")
        .put("recipe", engines.serverRecipe().name())
        .put("in_flight", admission.inFlight())
        .put("max_in_flight", admission.capacity());
    body.putPOJO("recipes", engines.recipeNames());
    return Reply.json(up ? 200 : 503, body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void requireMethod(HttpExchange exchange, String allowed) throws RequestException {
    String method = exchange.getRequestMethod();
    if (!method.equalsIgnoreCase(allowed)) {
      throw new RequestException(405, exchange.getRequestURI().getPath() + " takes " + allowed + ", not " + method,
          Map.of("Allow", allowed));
    }
  }
}
