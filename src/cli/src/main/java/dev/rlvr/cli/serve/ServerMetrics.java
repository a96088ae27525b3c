package dev.rlvr.cli.serve;

import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.engine.Recipe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * The server's meters, written as Prometheus text on {@code /metrics}:
 * <ul>
 *   <li>{@code rlvr_http_requests_seconds}: requests by endpoint and status, a latency histogram;
 *   <li>{@code rlvr_http_latency_seconds}: p50/p90/p99 latency by endpoint;
 *   <li>{@code rlvr_records_total}: records answered, by status (ok, error, timeout);
 *   <li>{@code rlvr_reward}: rewards per component ({@code total} for the combined reward);
 *   <li>{@code rlvr_verdicts_total}: verdicts per component and grader;
 *   <li>{@code rlvr_timeouts_total}: grades past their component's timeout ({@code scope="grader"}) and
 *       records left unscored at a request's deadline ({@code scope="request"});
 *   <li>{@code rlvr_sandbox_executions_total}: test programs the code grader ran, by outcome (read from
 *       its per-test details, so the sandbox itself is not touched);
 *   <li>{@code rlvr_http_in_flight}: scoring requests being served.
 * </ul>
 */
final class ServerMetrics {
  /** Bucket bounds; Micrometer takes positive ones only, so the first stands for 0. */
  private static final double[] REWARD_BUCKETS = {1e-9, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0};

  /** Latency bucket bounds: from a cached one-record answer up to OpenRLHF's 180 s client timeout. */
  private static final Duration[] LATENCY_BUCKETS = Stream.of(0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000,
      2_500, 5_000, 10_000, 30_000, 60_000, 180_000).map(ms -> Duration.ofNanos((long) (ms.doubleValue() * 1e6)))
      .toArray(Duration[]::new);

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  void watchInFlight(IntSupplier inFlight) {
    Gauge.builder("rlvr.http.in.flight", inFlight::getAsInt)
        .description("scoring requests being served")
        .register(registry);
  }

  void request(String endpoint, int status, long nanos) {
    Timer.builder("rlvr.http.requests")
        .description("HTTP requests by endpoint and status")
        .tag("endpoint", endpoint)
        .tag("status", Integer.toString(status))
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    // Prometheus histograms carry no quantiles of their own: these are computed here, over the last minutes
    Timer.builder("rlvr.http.latency")
        .description("HTTP request latency by endpoint, p50/p90/p99 over a sliding window")
        .tag("endpoint", endpoint)
        .publishPercentiles(0.5, 0.9, 0.99)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  void recordOutcomes(Recipe recipe, List<ItemOutcome> outcomes) {
    for (ItemOutcome outcome : outcomes) {
      counter("rlvr.records", "records answered, by status", "status", outcome.status().wireName()).increment();
      if (outcome.result() == null) {
        if (outcome.status() == dev.rlvr.engine.RecordStatus.TIMEOUT) {
          counter("rlvr.timeouts", "grades or records that ran out of time", "scope", "request").increment();
        }
        continue;
      }
      reward("total", outcome.result().reward());
      for (Recipe.Component component : recipe.components()) {
        Score score = outcome.result().components().get(component.name());
        if (score != null) {
          components(component, score);
        }
      }
    }
  }

  private void components(Recipe.Component component, Score score) {
    reward(component.name(), score.value());
    Counter.builder("rlvr.verdicts")
        .description("verdicts per component and grader")
        .tag("component", component.name())
        .tag("grader", component.grader())
        .tag("verdict", score.verdict().name())
        .register(registry)
        .increment();
    if (score.verdict() == Verdict.TIMEOUT) {
      counter("rlvr.timeouts", "grades or records that ran out of time", "scope", "grader").increment();
    }
    if (score.details().get("tests") instanceof List<?> tests) {
      for (Object test : tests) {
        if (test instanceof Map<?, ?> run && run.get("status") instanceof String status && !status.equals("NOT_RUN")) {
          counter("rlvr.sandbox.executions", "test programs run by the code grader", "status", status).increment();
        }
      }
    }
  }

  private void reward(String component, double value) {
    if (Double.isFinite(value)) {
      DistributionSummary.builder("rlvr.reward")
          .description("rewards per component; total is the combined reward")
          .tag("component", component)
          .serviceLevelObjectives(REWARD_BUCKETS)
          .register(registry)
          .record(value);
    }
  }

  private Counter counter(String name, String description, String tag, String value) {
    return Counter.builder(name).description(description).tag(tag, value).register(registry);
  }

  String scrape() {
    return registry.scrape();
  }

  String contentType() {
    return "text/plain; version=0.0.4; charset=utf-8";
  }
}
