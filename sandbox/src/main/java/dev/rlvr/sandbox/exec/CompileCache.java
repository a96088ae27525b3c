package dev.rlvr.sandbox.exec;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiled artifacts by (source hash, toolchain, flags): a submission's ten tests compile once,
 * and the same program submitted again (GRPO groups repeat answers) does not compile at all.
 * Bounded, least recently used first out. Two runs that need the same artifact at once share one
 * compilation. Compile errors are cached too, except those the machine's load could explain
 * (timeouts, sandbox failures).
 */
public final class CompileCache {

  /** What compiling a program gave: a directory with the artifact, or the failed compilation. */
  public sealed interface Outcome permits Artifact, Failure {
  }

  public record Artifact(Path directory) implements Outcome {
  }

  public record Failure(Execution compilation) implements Outcome {
  }

  /** Compiles into the given (empty, writable) directory and says how the compiler ended. */
  @FunctionalInterface
  public interface Compiler {
    Execution compileInto(Path outputDirectory) throws IOException;
  }

  private final Path directory;
  private final int maxEntries;
  private final Map<String, Outcome> entries;
  private final ConcurrentHashMap<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong compilations = new AtomicLong();

  public CompileCache(Path directory, int maxEntries) throws IOException {
    this.directory = Files.createDirectories(directory);
    this.maxEntries = maxEntries;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The cached outcome for key, compiling it (once, however many ask at the same time) if needed. */
  public Outcome get(String key, Compiler compiler) throws IOException {
    synchronized (entries) {
      Outcome cached = entries.get(key);
      if (cached != null) {
        hits.incrementAndGet();
        return cached;
      }
    }
    CompletableFuture<Outcome> mine = new CompletableFuture<>();
    CompletableFuture<Outcome> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      hits.incrementAndGet();
      return running.join();
    }
    try {
      Outcome outcome = compile(key, compiler);
      mine.complete(outcome);
      return outcome;
    } catch (IOException | RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key);
    }
  }

  private Outcome compile(String key, Compiler compiler) throws IOException {
    compilations.incrementAndGet();
    Path target = directory.resolve(key);
    RunDirectories.deleteTree(target);
    RunDirectories.createShared(target);
    Execution compilation = compiler.compileInto(target);
    Outcome outcome = compilation.ok() ? new Artifact(target) : new Failure(compilation);
    if (!compilation.ok()) {
      RunDirectories.deleteTree(target);
    }
    boolean deterministic = compilation.ok() || compilation.status() != Status.TIMEOUT
        && compilation.status() != Status.SANDBOX_ERROR;
    if (deterministic) {
      remember(key, outcome);
    }
    return outcome;
  }

  private void remember(String key, Outcome outcome) {
    synchronized (entries) {
      entries.put(key, outcome);
      while (entries.size() > maxEntries) {
        Map.Entry<String, Outcome> eldest = entries.entrySet().iterator().next();
        entries.remove(eldest.getKey());
        if (eldest.getValue() instanceof Artifact artifact) {
          RunDirectories.deleteTree(artifact.directory());
        }
      }
    }
  }

  /** Lookups answered without compiling. */
  public long hits() {
    return hits.get();
  }

  /** Compilations actually run. */
  public long compilations() {
    return compilations.get();
  }
}
