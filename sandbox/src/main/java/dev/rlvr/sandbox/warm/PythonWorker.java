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

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the worker sends once a test's files and IPC objects are gone. */
  private static final int CLEAN = 'C';
  private static final byte[] READY = "RLVR-WORKER-READY\n".getBytes(StandardCharsets.US_ASCII);
  /** Largest reply header accepted; the output follows it raw, each stream at most the output cap. */
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
      // The test's own data travels apart from the header: the worker keeps it only in buffers it zeroes.
      ObjectNode payload = JSON.createObjectNode();
      payload.put("source", program.source());
      payload.put("filename", fileName);
      payload.putPOJO("args", input.args());
      java.util.Map<String, String> files = new java.util.TreeMap<>(program.extraFiles());
      files.putAll(input.files());
      payload.putPOJO("files", files);
      byte[] payloadBytes = JSON.writeValueAsBytes(payload);
      ObjectNode header = JSON.createObjectNode();
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
      header.put("payload_len", payloadBytes.length);
      header.put("stdin_len", stdin.length);
      byte[] body = JSON.writeValueAsBytes(header);
      requests.writeInt(body.length);
      requests.write(body);
      requests.write(payloadBytes);
      requests.write(stdin);
      requests.flush();
      Reply reply = readReply(limits);
      if (reply.header().has("error")) {
        broken = true;
        return Execution.sandboxError("the Python worker failed: " + reply.header().get("error").asText(),
            since(started));
      }
      Execution execution = classify(reply, limits, since(started));
      awaitCleanUp(limits);
      return execution;
    } catch (IOException | RuntimeException e) {
      broken = true;
      return Execution.sandboxError("the Python worker stopped answering: " + e.getMessage(), since(started));
    }
  }

  /**
   * Waits for the worker to have deleted what the test left, which it does after the reply: a
   * worker that takes too long is marked broken (and replaced) without changing the test's verdict.
   */
  private void awaitCleanUp(Limits limits) {
    // Every core may have created files for the whole wall time; one core deletes them more slowly.
    long deadlineMillis = limits.wallTime().multipliedBy(4).plusSeconds(10).toMillis();
    CompletableFuture<Integer> mark = CompletableFuture.supplyAsync(() -> {
      try {
        return replies.read();
      } catch (IOException e) {
        return -1;
      }
    });
    try {
      if (mark.get(deadlineMillis, TimeUnit.MILLISECONDS) != CLEAN) {
        broken = true;
      }
    } catch (TimeoutException | ExecutionException e) {
      broken = true;
    } catch (InterruptedException e) {
      broken = true;
      Thread.currentThread().interrupt();
    }
  }

  /** A reply: its JSON header, then the raw output the header gives the lengths of. */
  private record Reply(JsonNode header, byte[] stdout, byte[] stderr) {
  }

  private Reply readReply(Limits limits) throws IOException {
    // The worker enforces the wall limit itself; this deadline only catches a worker that hangs.
    long deadlineMillis = limits.wallTime().plusSeconds(10).toMillis();
    CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(() -> {
      try {
        int length = replies.readInt();
        if (length < 0 || length > REPLY_SLACK) {
          throw new IOException("reply header of " + length + " bytes");
        }
        JsonNode header = JSON.readTree(replies.readNBytes(length));
        return new Reply(header, readOutput(header, "stdout_len", limits), readOutput(header, "stderr_len", limits));
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

  private byte[] readOutput(JsonNode header, String field, Limits limits) throws IOException {
    long length = header.path(field).asLong(-1);
    if (length < 0 || length > Math.min(limits.outputBytes(), Integer.MAX_VALUE - 8)) {
      throw new IOException(field + " of " + length + " bytes");
    }
    byte[] output = replies.readNBytes((int) length);
    if (output.length != length) {
      throw new IOException("the reply ended early");
    }
    return output;
  }

  private static Execution classify(Reply replied, Limits limits, Duration hostWall) {
    JsonNode reply = replied.header();
    byte[] stdout = replied.stdout();
    byte[] stderr = replied.stderr();
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
