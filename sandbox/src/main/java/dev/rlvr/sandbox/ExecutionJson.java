package dev.rlvr.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An {@link Execution} as a JSON object with snake_case fields, the shape `rlvr run` prints and
 * graders put in their details.
 */
public final class ExecutionJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExecutionJson() {
  }

  public static ObjectNode toJson(Execution execution) {
    ObjectNode node = JSON.createObjectNode();
    node.put("status", execution.status().name());
    node.put("exit_code", execution.exitCode());
    node.put("signal", execution.signal());
    node.put("stdout", execution.stdout());
    node.put("stderr", execution.stderr());
    node.put("wall_time_s", execution.wallTime().toNanos() / 1e9);
    node.put("cpu_time_s", execution.cpuTime().toNanos() / 1e9);
    node.put("peak_memory_bytes", execution.peakMemoryBytes());
    node.put("message", execution.message());
    return node;
  }
}
