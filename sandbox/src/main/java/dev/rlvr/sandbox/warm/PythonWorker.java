package dev.rlvr.sandbox.warm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.exec.ConfinedService;
import dev.rlvr.sandbox.exec.HostRun;
import dev.rlvr.sandbox.exec.StatusClassifier;
import dev.rlvr.sandbox.exec.SupervisorReport;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One pre-started Python interpreter in a sandbox that forks a child per test (see
 * python-worker.py). Talks to it over its stdin/stdout; a worker that dies, hangs or answers
 * nonsense is closed and the run reported, and the pool starts a new one.
 */
final class PythonWorker implements AutoCloseable {

  /** Replies carry up to two capped outputs as base64 strings, longer than Jackson's default allows. */
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE / 2).build())
      .build());
  private static final byte[] READY = "RLVR-WORKER-READY\n".getBytes(StandardCharsets.US_ASCII);
  /** Largest reply accepted: two capped outputs in base64 plus the header. */
  private static final long REPLY_SLACK = 64 * 1024;

  private final ConfinedService service;
  private final DataOutputStream requests;
  private final DataInputStream replies;
  private final String workRoot;
  private final boolean sweepByUid;
  /** Directories emptied after every test: its work dir, and the sandbox's private /tmp and /dev/shm. */
  private final java.util.List<String> wipe;
  /** A sandbox of its own (bwrap): /tmp can be emptied and /proc lists only the sandbox's processes. */
  private final boolean privateTmp;
  private volatile boolean broken;

  private PythonWorker(ConfinedService service, String workRoot, boolean sweepByUid, boolean privateTmp) {
    this.service = service;
    this.requests = new DataOutputStream(service.process().getOutputStream());
    this.replies = new DataInputStream(service.process().getInputStream());
    this.workRoot = workRoot;
    this.sweepByUid = sweepByUid;
    this.privateTmp = privateTmp;
    this.wipe = privateTmp ? java.util.List.of(workRoot, "/tmp", "/dev/shm") : java.util.List.of(workRoot);
    drainDiagnostics(service.process().getErrorStream());
  }

  /** Wraps a started worker process and waits for its ready line. */
  static PythonWorker attach(ConfinedService service, boolean sweepByUid, boolean privateTmp, Duration startTimeout)
      throws IOException {
    PythonWorker worker = new PythonWorker(service, service.paths().work(), sweepByUid, privateTmp);
    try {
      byte[] hello = CompletableFuture.supplyAsync(() -> {
        try {
          return worker.replies.readNBytes(READY.length);
        } catch (IOException e) {
          return new byte[0];
        }
      }).get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!java.util.Arrays.equals(hello, READY)) {
        worker.close();
        throw new IOException("the Python worker did not start (it said '"
            + new String(hello, StandardCharsets.UTF_8).strip() + "')");
      }
      return worker;
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      worker.close();
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("the Python worker did not start within " + startTimeout.toSeconds() + " s", e);
    }
  }

  boolean broken() {
    return broken || !service.process().isAlive();
  }

  /** Runs one test in a forked child; on any protocol failure the worker is marked broken. */
  Execution execute(Program program, Input input, Limits limits, String fileName) {
    long started = System.nanoTime();
    try {
      byte[] stdin = input.stdin();
      ObjectNode header = JSON.createObjectNode();
      header.put("source", program.source());
      header.put("filename", fileName);
      header.putPOJO("args", input.args());
      java.util.Map<String, String> files = new java.util.TreeMap<>(program.extraFiles());
      files.putAll(input.files());
      header.putPOJO("files", files);
      header.put("uid", sweepByUid ? service.childUid() : -1);
      header.put("cpu_s", Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000));
      header.put("as", limits.memoryBytes());
      header.put("nproc", limits.processes());
      header.put("fsize", limits.fileSizeBytes());
      header.put("wall_ms", limits.wallTime().toMillis());
      header.put("out_cap", limits.outputBytes());
      header.put("workroot", workRoot);
      header.putPOJO("wipe", wipe);
      header.put("own_pid_namespace", privateTmp);
      header.put("stdin_len", stdin.length);
      byte[] body = JSON.writeValueAsBytes(header);
      requests.writeInt(body.length);
      requests.write(body);
      requests.write(stdin);
      requests.flush();
      JsonNode reply = readReply(limits);
      if (reply.has("error")) {
        broken = true;
        return Execution.sandboxError("the Python worker failed: " + reply.get("error").asText(), since(started));
      }
      return classify(reply, limits, since(started));
    } catch (IOException | RuntimeException e) {
      broken = true;
      return Execution.sandboxError("the Python worker stopped answering: " + e.getMessage(), since(started));
    }
  }

  private JsonNode readReply(Limits limits) throws IOException {
    // The worker enforces the wall limit itself; this deadline only catches a worker that hangs.
    long deadlineMillis = limits.wallTime().plusSeconds(10).toMillis();
    CompletableFuture<JsonNode> reply = CompletableFuture.supplyAsync(() -> {
      try {
        int length = replies.readInt();
        if (length < 0 || length > 2 * (limits.outputBytes() * 4 / 3 + 4) + REPLY_SLACK) {
          throw new IOException("reply of " + length + " bytes");
        }
        return JSON.readTree(replies.readNBytes(length));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try {
      return reply.get(deadlineMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IOException("no reply within " + deadlineMillis + " ms", e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static Execution classify(JsonNode reply, Limits limits, Duration hostWall) {
    byte[] stdout = Base64.getDecoder().decode(reply.path("stdout").asText(""));
    byte[] stderr = Base64.getDecoder().decode(reply.path("stderr").asText(""));
    HostRun host = new HostRun(stdout, stderr, reply.path("overflow").asBoolean(false), false, hostWall, null);
    SupervisorReport report = new SupervisorReport(reply.path("exit").asInt(-1), reply.path("signal").asInt(0),
        Duration.ofNanos(reply.path("cpu_us").asLong(0) * 1000), reply.path("maxrss_kb").asLong(0) * 1024,
        Duration.ofNanos(reply.path("wall_us").asLong(0) * 1000), reply.path("timeout").asBoolean(false));
    return StatusClassifier.classify(host, Optional.of(report), limits, false, 0);
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** The worker's own stderr is for diagnostics only; keep the pipe from filling up. */
  private static void drainDiagnostics(InputStream stderr) {
    Thread.ofVirtual().name("python-worker-stderr").start(() -> {
      try (stderr) {
        stderr.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException ignored) {
        // the worker is gone
      }
    });
  }

  @Override
  public void close() {
    broken = true;
    service.close();
  }
}
