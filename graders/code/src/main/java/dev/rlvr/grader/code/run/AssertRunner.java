package dev.rlvr.grader.code.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.grader.code.run.harness.CandidateCall;
import dev.rlvr.grader.code.run.harness.HarnessReply;
import dev.rlvr.grader.code.run.harness.Harnesses;
import dev.rlvr.grader.code.run.harness.PyValues;
import dev.rlvr.grader.code.tests.AssertTest;
import dev.rlvr.grader.code.tests.TestCase;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assert-style tests (MBPP's assert list, HumanEval's check(candidate)), Python only. The test
 * code runs in a sandbox of its own without the candidate (assert_driver.py): each call it makes
 * to a candidate function is made by this class in the candidate's sandbox through the call
 * harness, and the returned plain value is handed back to the test code, which is replayed from
 * the start with one more answer each round. Expected values never enter the candidate's
 * sandbox, and every == runs on plain data in a process with no candidate code in it.
 *
 * <p>Test code that needs the candidate's objects (its classes, functions passed as arguments)
 * or more than {@code maxCalls} calls cannot be run that way; it falls back, when allowed, to
 * running test and candidate together (assert_in_process.py) with plain-value wrappers and a
 * nonce-tagged pass line. That fallback is weaker: the candidate can read the test code and find
 * the nonce in its memory; the outcome's detail says when it was used.
 *
 * <p>One {@link AssertTest} is one outcome: a whole check() function is one test.
 */
public final class AssertRunner implements SuiteRunner {
  /** Distinct candidate calls one test may need before it falls back. */
  public static final int DEFAULT_MAX_CALLS = 64;

  private final int maxCalls;
  private final boolean inProcessFallback;

  /** Up to {@link #DEFAULT_MAX_CALLS} calls per test, and the in-process fallback allowed. */
  public AssertRunner() {
    this(DEFAULT_MAX_CALLS, true);
  }

  /**
   * @param maxCalls distinct candidate calls one test may need (each costs two sandbox runs)
   * @param inProcessFallback whether test code the driver cannot run apart may run with the
   *     candidate; when false such tests end in SANDBOX_ERROR
   */
  public AssertRunner(int maxCalls, boolean inProcessFallback) {
    this.maxCalls = Math.max(1, maxCalls);
    this.inProcessFallback = inProcessFallback;
  }

  @Override
  public List<TestOutcome> run(Program candidate, TestSuite suite, RunSettings settings) {
    Map<String, ArrayNode> memo = new LinkedHashMap<>();
    long deadline = System.nanoTime() + settings.totalTime().toNanos();
    return SuiteLoop.run(suite.tests().size(), settings, i -> {
      if (candidate.language() != Language.PYTHON) {
        return new TestOutcome(i, TestStatus.SANDBOX_ERROR, Duration.ZERO,
            "assert-style tests are not supported for " + candidate.language().id());
      }
      TestCase test = suite.tests().get(i);
      if (!(test instanceof AssertTest assertTest)) {
        return new TestOutcome(i, TestStatus.SANDBOX_ERROR, Duration.ZERO, "not an assert-style test: " + test);
      }
      return new Replay(i, assertTest, candidate, suite, settings, memo, deadline).run();
    });
  }

  /** One test's rounds of driver runs and candidate calls. */
  private final class Replay {
    private final int index;
    private final AssertTest test;
    private final Program candidate;
    private final TestSuite suite;
    private final RunSettings settings;
    private final Map<String, ArrayNode> memo;
    private final long deadline;
    private Duration candidateTime = Duration.ZERO;
    private String lastCall = "";

    Replay(int index, AssertTest test, Program candidate, TestSuite suite, RunSettings settings,
        Map<String, ArrayNode> memo, long deadline) {
      this.index = index;
      this.test = test;
      this.candidate = candidate;
      this.suite = suite;
      this.settings = settings;
      this.memo = memo;
      this.deadline = deadline;
    }

    TestOutcome run() {
      for (int calls = 0; ; calls++) {
        if (settings.cancelled().getAsBoolean()) {
          return TestOutcome.notRun(index, "the grade was cancelled");
        }
        if (System.nanoTime() > deadline) {
          return TestOutcome.notRun(index, "total time limit of " + settings.totalTime().toMillis() + " ms spent");
        }
        String nonce = Harnesses.nonce();
        Execution execution = settings.sandbox().run(Harnesses.assertDriver(), Harnesses.request(nonce,
            request(true)), settings.limits());
        Optional<JsonNode> reply = reply(execution, nonce, 'D');
        if (reply.isEmpty()) {
          return driverFailed(execution);
        }
        JsonNode answer = reply.get();
        if (answer.has("need")) {
          if (calls >= maxCalls) {
            return fallback("the test needs more than " + maxCalls + " calls");
          }
          Optional<TestOutcome> failed = call(answer.get("need"));
          if (failed.isPresent()) {
            return failed.get();
          }
        } else if (answer.has("passed")) {
          return Outcomes.passed(index, candidateTime);
        } else if (answer.has("fail")) {
          TestStatus status = answer.path("raised").asBoolean() ? TestStatus.RUNTIME_ERROR : TestStatus.WRONG_ANSWER;
          return outcome(status, describeFailure(answer));
        } else if (answer.has("fallback")) {
          return fallback(answer.get("fallback").asText());
        } else {
          return outcome(TestStatus.SANDBOX_ERROR, answer.path("broken").asText("the driver gave no verdict"));
        }
      }
    }

    /** Makes the call the driver asked for; a failed call fails the test. */
    private Optional<TestOutcome> call(JsonNode need) {
      String function = need.path("fn").asText();
      CandidateCall.Result result = CandidateCall.run(settings.sandbox(), settings.limits(),
          Harnesses.call(Language.PYTHON).orElseThrow(), candidate, function, need.get("args"), need.get("kwargs"));
      candidateTime = candidateTime.plus(result.time());
      ArrayNode entry = PyValues.JSON.createArrayNode().add(need.path("key").asText());
      switch (result) {
        case CandidateCall.Returned returned -> {
          entry.add("R").add(returned.value());
          lastCall = function + " returned " + PyValues.repr(PyValues.decode(returned.value()));
        }
        case CandidateCall.Raised raised -> {
          entry.add("E").add(raised.exception());
          lastCall = function + " raised " + raised.exception();
        }
        case CandidateCall.Failed failed -> {
          return Optional.of(outcome(failed.status(), failed.detail()));
        }
      }
      memo.put(need.path("key").asText(), entry);
      return Optional.empty();
    }

    private TestOutcome fallback(String why) {
      if (!inProcessFallback) {
        return outcome(TestStatus.SANDBOX_ERROR, "cannot run apart from the candidate: " + why);
      }
      String nonce = Harnesses.nonce();
      Execution execution = settings.sandbox().run(Harnesses.assertInProcess(), Harnesses.request(nonce,
          request(false)), settings.limits());
      candidateTime = candidateTime.plus(execution.wallTime());
      String note = "in-process fallback (" + why + ")";
      if (!execution.ok()) {
        TestOutcome failed = Outcomes.failed(index, execution);
        return outcome(failed.status(), note + ": " + failed.detail());
      }
      Optional<HarnessReply> reply = HarnessReply.find(execution.stdout(), nonce);
      if (reply.isEmpty()) {
        return outcome(TestStatus.MISSING_RESULT, note + ": no result (the program exited early, or printed after it)");
      }
      String error = Outcomes.lastLine(execution.stderr());
      return switch (reply.get().kind()) {
        case 'P' -> new TestOutcome(index, TestStatus.PASSED, candidateTime, Outcomes.clip(note));
        case 'F' -> outcome(TestStatus.WRONG_ANSWER, note + ": " + failure(reply.get().payload(), error));
        case 'C' -> outcome(TestStatus.COMPILE_ERROR, error);
        case 'L', 'N' -> outcome(TestStatus.RUNTIME_ERROR, note + ": " + error);
        default -> outcome(TestStatus.MISSING_RESULT, note + ": unknown result kind");
      };
    }

    /** The failure the harness reported (its stderr may be unusable once builtins are patched). */
    private static String failure(String payload, String error) {
      try {
        JsonNode node = PyValues.JSON.readTree(payload);
        String message = node.path("message").asText("");
        return node.path("fail").asText("failed") + (message.isEmpty() ? "" : ": " + message);
      } catch (java.io.IOException e) {
        return error;
      }
    }

    private ObjectNode request(boolean withMemo) {
      ObjectNode request = PyValues.JSON.createObjectNode();
      request.put("test", test.code());
      request.put("setup", suite.setupCode());
      request.put("entry", suite.functionName());
      request.put("source", candidate.source());
      if (withMemo) {
        ArrayNode entries = request.putArray("memo");
        memo.values().forEach(entries::add);
      }
      return request;
    }

    private String describeFailure(JsonNode answer) {
      String message = answer.path("message").asText("");
      String what = answer.path("fail").asText("failed") + (message.isEmpty() ? "" : ": " + message);
      String code = test.code().strip();
      String firstLine = code.lines().findFirst().orElse("");
      return what + " in `" + firstLine + "`" + (lastCall.isEmpty() ? "" : " (last call: " + lastCall + ")");
    }

    /** The driver runs no candidate code, so its failing is ours (or a limit the test code hit). */
    private TestOutcome driverFailed(Execution execution) {
      TestOutcome failed = Outcomes.failed(index, execution);
      TestStatus status = switch (failed.status()) {
        case TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT -> failed.status();
        default -> TestStatus.SANDBOX_ERROR;
      };
      return outcome(status, "the test driver failed: " + failed.detail());
    }

    private TestOutcome outcome(TestStatus status, String detail) {
      return new TestOutcome(index, status, candidateTime, Outcomes.clip(detail));
    }
  }

  private static Optional<JsonNode> reply(Execution execution, String nonce, char kind) {
    if (!execution.ok()) {
      return Optional.empty();
    }
    return HarnessReply.find(execution.stdout(), nonce).filter(reply -> reply.kind() == kind).flatMap(reply -> {
      try {
        JsonNode node = PyValues.JSON.readTree(reply.payload());
        return node.isObject() ? Optional.of(node) : Optional.empty();
      } catch (java.io.IOException e) {
        return Optional.empty();
      }
    });
  }
}
