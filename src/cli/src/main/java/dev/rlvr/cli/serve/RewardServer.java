package dev.rlvr.cli.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP reward server: the JDK's {@code com.sun.net.httpserver} with one virtual thread per
 * exchange, in front of the scoring endpoints. Concurrency is bounded by {@link Admission}, not
 * by threads, so a refusal (503) costs no queueing.
 *
 * <p>{@link #shutdown} is graceful: no new scoring request is admitted, those in flight finish and
 * get their answers, then the listener and the engines close.
 */
final class RewardServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RewardServer.class);
  /** The JDK server's limit on reading one request, headers and body, in seconds. */
  static final String MAX_REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";
  /** Enough for a 16 MiB body over a slow link, short enough that a stalled client frees its slot. */
  static final long MAX_REQUEST_TIME_S = 60;

  static {
    // The JDK server delays small responses without TCP_NODELAY (p50 ~45 ms instead of ~1 ms);
    // the property is read once, when the first server is made, so it is set here.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // Without a limit a client that stops sending mid-body holds its --max-in-flight slot for
    // ever (64 stalled clients and every trainer gets 503); the JDK server closes a connection
    // whose request is not fully read after this many seconds.
    if (System.getProperty(MAX_REQUEST_TIME_PROPERTY) == null) {
      System.setProperty(MAX_REQUEST_TIME_PROPERTY, String.valueOf(MAX_REQUEST_TIME_S));
    }
  }

  private final HttpServer http;
  private final ExecutorService handlers;
  private final Admission admission;
  private final DeadlineScorer scorer;
  private final EngineCache engines;
  private final ServerMetrics metrics;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();

  private RewardServer(HttpServer http, ExecutorService handlers, Admission admission, DeadlineScorer scorer,
      EngineCache engines, ServerMetrics metrics) {
    this.http = http;
    this.handlers = handlers;
    this.admission = admission;
    this.scorer = scorer;
    this.engines = engines;
    this.metrics = metrics;
  }

  /**
   * Binds and starts serving.
   *
   * @param settings where to listen and the limits
   * @param engines the engines; closed with the server
   * @return the running server
   * @throws IOException when the address cannot be bound
   */
  static RewardServer start(ServerSettings settings, EngineCache engines) throws IOException {
    ServerMetrics metrics = new ServerMetrics();
    Admission admission = new Admission(settings.maxInFlight());
    metrics.watchInFlight(admission::inFlight);
    DeadlineScorer scorer = new DeadlineScorer(settings.threads(), settings.queueCapacity());
    ScoringService service = new ScoringService(engines, scorer, metrics, settings);
    ScoringEndpoint score = new ScoreEndpoint(service, false);
    Map<String, ScoringEndpoint> endpoints = Map.of(
        "/get_reward", new GetRewardEndpoint(service),
        "/score", score,
        "/v1/score", new ScoreEndpoint(service, true));

    HttpServer http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 256);
    ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    http.setExecutor(handlers);
    http.createContext("/", new Router(endpoints, admission, metrics, settings, engines));
    http.start();
    return new RewardServer(http, handlers, admission, scorer, engines, metrics);
  }

  int port() {
    return http.getAddress().getPort();
  }

  String host() {
    return http.getAddress().getHostString();
  }

  ServerMetrics metrics() {
    return metrics;
  }

  int inFlight() {
    return admission.inFlight();
  }

  /**
   * Stops gracefully: refuses new scoring requests, waits up to {@code grace} for those in flight,
   * then closes the listener, the scoring pool and the engines. Safe to call more than once.
   */
  void shutdown(Duration grace) {
    if (!stopping.compareAndSet(false, true)) {
      awaitStopped();
      return;
    }
    try {
      if (!admission.closeAndAwaitIdle(grace)) {
        LOG.warn("{} request(s) still in flight after {} s; stopping anyway", admission.inFlight(), grace.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.stop(0);
    handlers.shutdown();
    scorer.close();
    engines.close();
    stopped.countDown();
  }

  /** Blocks until {@link #shutdown} has finished. */
  void awaitStopped() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(5));
  }
}
