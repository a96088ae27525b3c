package dev.rlvr.grader.code.run.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.grader.code.run.Outcomes;
import dev.rlvr.grader.code.run.TestOutcome;
import dev.rlvr.grader.code.run.TestStatus;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import java.time.Duration;
import java.util.Optional;

/**
 * One call of a candidate's function in the sandbox through its language's harness. Only the
 * function name, the arguments and the candidate's source go in (Java's source is compiled with
 * the harness instead, so the arguments alone differ between tests); what comes back is data.
 */
public final class CandidateCall {
  private CandidateCall() {}

  /** How a call ended. */
  public sealed interface Result {
    Duration time();
  }

  /** The function returned this value (tagged JSON, not yet decoded). */
  public record Returned(JsonNode value, Duration time) implements Result {}

  /** The function raised; {@code exception} is the exception's class name. */
  public record Raised(String exception, String detail, Duration time) implements Result {}

  /** No value: the program failed, or its result was missing or not plain data. */
  public record Failed(TestStatus status, String detail, Duration time) implements Result {}

  /**
   * @param harness the language's call harness
   * @param candidate the candidate program
   * @param function the function (or Solution method) to call
   * @param args tagged JSON list of positional arguments
   * @param kwargs tagged JSON dict of keyword arguments, or null
   */
  public static Result run(Sandbox sandbox, Limits limits, Program harness, Program candidate, String function,
      JsonNode args, JsonNode kwargs) {
    String nonce = Harnesses.nonce();
    ObjectNode request = PyValues.JSON.createObjectNode();
    request.put("fn", function);
    request.set("args", args);
    if (kwargs != null) {
      request.set("kwargs", kwargs);
    }
    if (!Harnesses.compilesCandidate(harness.language())) {
      request.put("source", candidate.source());
    }
    Execution execution = sandbox.run(Harnesses.callProgram(harness, candidate), Harnesses.request(nonce, request),
        limits);
    Duration time = execution.wallTime();
    if (!execution.ok()) {
      TestOutcome failed = Outcomes.failed(0, execution);
      return new Failed(failed.status(), failed.detail(), time);
    }
    Optional<HarnessReply> reply = HarnessReply.find(execution.stdout(), nonce);
    if (reply.isEmpty()) {
      return new Failed(TestStatus.MISSING_RESULT,
          "no result from the harness (the program exited early, or printed after the result)", time);
    }
    String payload = reply.get().payload();
    String error = Outcomes.lastLine(execution.stderr());
    try {
      JsonNode node = PyValues.JSON.readTree(payload);
      return switch (reply.get().kind()) {
        case 'R' -> new Returned(node, time);
        case 'E' -> new Raised(node.asText(), error.isEmpty() ? node.asText() : error, time);
        case 'U' -> new Failed(TestStatus.WRONG_ANSWER, "returned " + node.asText() + ", not plain data", time);
        case 'C' -> new Failed(TestStatus.COMPILE_ERROR, error.isEmpty() ? node.asText() : error, time);
        case 'L' -> new Failed(TestStatus.RUNTIME_ERROR, "failed while loading: " + (error.isEmpty()
            ? node.asText() : error), time);
        case 'N' -> new Failed(TestStatus.RUNTIME_ERROR, node.asText(), time);
        default -> new Failed(TestStatus.MISSING_RESULT, "unknown result kind", time);
      };
    } catch (java.io.IOException | RuntimeException e) {
      return new Failed(TestStatus.MISSING_RESULT, "malformed result line", time);
    }
  }
}
