package dev.rlvr.sandbox.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {

  private static Execution ok() {
    return new Execution(Status.OK, 0, 0, "", "", Duration.ZERO, Duration.ZERO, 0, "");
  }

  private static Execution failed(Status status) {
    return new Execution(status, 1, 0, "", "error: x", Duration.ZERO, Duration.ZERO, 0, "");
  }

  @Test
  void compilesOnceAndThenAnswersFromTheCache(@TempDir Path dir) throws Exception {
    CompileCache cache = new CompileCache(dir, 8);
    AtomicInteger runs = new AtomicInteger();
    CompileCache.Compiler compiler = out -> {
      runs.incrementAndGet();
      Files.writeString(out.resolve("main"), "binary");
      return ok();
    };
    CompileCache.Outcome first = cache.get("k", compiler);
    CompileCache.Outcome second = cache.get("k", compiler);
    assertThat(runs).hasValue(1);
    assertThat(first).isEqualTo(second).isInstanceOf(CompileCache.Artifact.class);
    assertThat(((CompileCache.Artifact) first).directory().resolve("main")).hasContent("binary");
    assertThat(cache.hits()).isEqualTo(1);
  }

  @Test
  void concurrentRequestsForOneProgramShareOneCompilation(@TempDir Path dir) throws Exception {
    CompileCache cache = new CompileCache(dir, 8);
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CompileCache.Outcome>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> cache.get("same", out -> {
          runs.incrementAndGet();
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException();
          }
          return ok();
        })));
      }
      Thread.sleep(100);
      release.countDown();
      for (Future<CompileCache.Outcome> result : results) {
        assertThat(result.get()).isInstanceOf(CompileCache.Artifact.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(runs).hasValue(1);
  }

  @Test
  void compileErrorsAreCachedButTimeoutsAreRetried(@TempDir Path dir) throws Exception {
    CompileCache cache = new CompileCache(dir, 8);
    AtomicInteger runs = new AtomicInteger();
    cache.get("bad", out -> {
      runs.incrementAndGet();
      return failed(Status.COMPILE_ERROR);
    });
    CompileCache.Outcome again = cache.get("bad", out -> {
      runs.incrementAndGet();
      return failed(Status.COMPILE_ERROR);
    });
    assertThat(runs).hasValue(1);
    assertThat(again).isInstanceOf(CompileCache.Failure.class);

    cache.get("slow", out -> {
      runs.incrementAndGet();
      return failed(Status.TIMEOUT);
    });
    cache.get("slow", out -> {
      runs.incrementAndGet();
      return ok();
    });
    assertThat(runs).hasValue(3);
  }

  @Test
  void theLeastRecentlyUsedArtifactIsEvictedAndDeleted(@TempDir Path dir) throws Exception {
    CompileCache cache = new CompileCache(dir, 2);
    CompileCache.Compiler compiler = out -> ok();
    Path a = ((CompileCache.Artifact) cache.get("a", compiler)).directory();
    cache.get("b", compiler);
    cache.get("a", compiler);
    cache.get("c", compiler);
    assertThat(a).exists();
    assertThat(dir.resolve("b")).doesNotExist();
    assertThat(cache.compilations()).isEqualTo(3);
  }
}
