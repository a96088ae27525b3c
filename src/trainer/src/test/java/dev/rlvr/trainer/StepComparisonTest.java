package dev.rlvr.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed-workload step benchmark writes what the PyTorch replay needs and times every row to the limit. */
class StepComparisonTest {

  @Test
  void writesTheWorkloadAndTimesFullLengthSteps(@TempDir Path dir) throws Exception {
    GrpoConfig config = TrainingRunTest.ciConfig(dir);
    Path workload = dir.resolve("bench/workload.json");
    StringWriter out = new StringWriter();

    ObjectNode result = new StepComparison(config, Device.cpu(), new PrintWriter(out)).run(1, 2, workload);

    JsonNode w = new ObjectMapper().readTree(workload.toFile());
    int rows = config.promptsPerStep() * config.numGenerations();
    assertThat(w.get("prompts")).hasSize(rows);
    assertThat(w.get("prompts").get(0).get(0).asInt()).isPositive();
    assertThat(w.get("dim").asInt()).isEqualTo(config.modelDim());
    assertThat(w.get("context").asInt())
        .isGreaterThanOrEqualTo(result.get("prompt_width").asInt() + config.maxCompletionLength());
    assertThat(w.get("repeats").asInt()).isEqualTo(2);
    assertThat(result.get("rows").asInt()).isEqualTo(rows);
    assertThat(result.get("completion_tokens").asInt()).isEqualTo(config.maxCompletionLength());
    assertThat(result.get("step_ms")).hasSize(2);
    double step = result.get("step_ms_median").asDouble();
    assertThat(step).isPositive()
        .isGreaterThanOrEqualTo(result.get("generate_ms_median").asDouble())
        .isGreaterThanOrEqualTo(result.get("update_ms_median").asDouble());
    assertThat(out.toString()).startsWith("{").contains("\"framework\":\"djl ");
  }
}
