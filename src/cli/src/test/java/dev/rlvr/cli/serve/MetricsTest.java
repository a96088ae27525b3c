package dev.rlvr.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} counts what happened, in Prometheus text. */
class MetricsTest {

  @Test
  void countsRequestsRecordsRewardsVerdictsAndLatency() throws Exception {
    try (ServerFixture fixture = ServerFixture.start("r1-zero-math")) {
      String q = GetRewardTest.Q1;
      fixture.post("/get_reward", GetRewardTest.request(
          List.of(q + GetRewardTest.RIGHT, q + "no answer at all"), List.of(q, q), List.of("72", "72")));
      fixture.post("/score", "[{\"prompt\": \"p\"}]");
      fixture.post("/get_reward", "not json");

      HttpResponse<String> response = fixture.get("/metrics");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      String text = response.body();
      assertThat(text)
          .contains("rlvr_http_requests_seconds_count{endpoint=\"/get_reward\",status=\"200\"} 1")
          .contains("rlvr_http_requests_seconds_count{endpoint=\"/get_reward\",status=\"400\"} 1")
          .contains("rlvr_http_requests_seconds_count{endpoint=\"/score\",status=\"200\"} 1")
          .contains("rlvr_http_latency_seconds{endpoint=\"/get_reward\",quantile=\"0.99\"}")
          .contains("rlvr_http_requests_seconds_bucket{endpoint=\"/get_reward\",status=\"200\",le=")
          .contains("rlvr_records_total{status=\"ok\"} 2.0")
          .contains("rlvr_records_total{status=\"error\"} 1.0")
          .contains("rlvr_verdicts_total{component=\"accuracy\",grader=\"math\",verdict=\"CORRECT\"} 1.0")
          .contains("rlvr_verdicts_total{component=\"format\",grader=\"format\",verdict=\"CORRECT\"} 1.0")
          .contains("rlvr_reward_count{component=\"total\"} 2")
          .contains("rlvr_reward_sum{component=\"accuracy\"} 1.0")
          .contains("rlvr_http_in_flight ");
    }
  }
}
